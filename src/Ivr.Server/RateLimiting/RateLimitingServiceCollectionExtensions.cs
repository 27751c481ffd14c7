using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Ivr.Server.RateLimiting;

public static class RateLimitingServiceCollectionExtensions
{
    /// <summary>The policy on Identity's sign-in and refresh endpoints.</summary>
    public const string SignInPolicy = "sign-in";

    public static IServiceCollection AddIvrRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            // The default is 503, which would read as an outage.
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInPolicy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.SignInPermitLimit,
                    Window = options.SignInWindow,
                    QueueLimit = 0,
                });
            });
        });
        services.AddSingleton<TwilioRefusalLimiter>();
        return services;
    }

    /// <summary>The client's address (the forwarded one behind a trusted proxy).</summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
