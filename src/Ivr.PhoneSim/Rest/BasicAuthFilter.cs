using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Ivr.PhoneSim.Rest;

/// <summary>HTTP Basic auth with AccountSid:AuthToken, and the path's AccountSid must be the same account; otherwise 401 with Twilio's error 20003.</summary>
public sealed class BasicAuthFilter(SimulatorOptions options) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var pathAccount = request.RouteValues["AccountSid"] as string;
        if (!IsAuthorized(request.Headers.Authorization.ToString(), pathAccount))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"Twilio API\"";
            return ValueTask.FromResult<object?>(TwilioErrors.Error(StatusCodes.Status401Unauthorized, TwilioErrors.Authenticate, "Authenticate"));
        }
        return next(context);
    }

    private bool IsAuthorized(string header, string? pathAccount)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value) || value.Scheme != "Basic" || value.Parameter is null)
        {
            return false;
        }
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
        }
        catch (FormatException)
        {
            return false;
        }
        var expected = options.AccountSid + ":" + options.AuthToken;
        return pathAccount == options.AccountSid
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(decoded), Encoding.UTF8.GetBytes(expected));
    }
}
