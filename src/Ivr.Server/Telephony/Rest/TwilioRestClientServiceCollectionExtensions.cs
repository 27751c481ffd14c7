using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Twilio.Clients;
using Twilio.Http;

namespace Ivr.Server.Telephony.Rest;

public static class TwilioRestClientServiceCollectionExtensions
{
    public const string HttpClientName = "Twilio";

    /// <summary>
    /// The Twilio REST client on a named HttpClient (no auto-redirect, as Twilio.AspNet.Core does) with Polly:
    /// per-attempt and total timeouts, retries only for requests that are safe to replay, and a circuit breaker.
    /// </summary>
    public static IServiceCollection AddTwilioRestClient(this IServiceCollection services)
    {
        services.AddTransient<BaseUrlOverrideHandler>();
        services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddHttpMessageHandler<BaseUrlOverrideHandler>()
            .AddResilienceHandler("twilio", ConfigureResilience);

        services.AddSingleton<ITwilioRestClient>(provider =>
        {
            var twilio = provider.GetRequiredService<IOptions<TwilioOptions>>().Value;
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            return new TwilioRestClient(twilio.AccountSid, twilio.AuthToken, httpClient: new SystemNetHttpClient(http));
        });
        return services;
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline)
    {
        pipeline.AddTimeout(TimeSpan.FromSeconds(15));
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 2,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(200),
            ShouldHandle = args => ValueTask.FromResult(
                TwilioReplayPolicy.IsSafe(args.Context.GetRequestMessage()) && IsTransient(args.Outcome)),
        });
        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 10,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = TimeSpan.FromSeconds(10),
        });
        pipeline.AddTimeout(TimeSpan.FromSeconds(5));
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException ||
        outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError or HttpStatusCode.TooManyRequests };
}
