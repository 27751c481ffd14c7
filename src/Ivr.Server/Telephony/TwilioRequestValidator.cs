using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Twilio.Security;

namespace Ivr.Server.Telephony;

/// <summary>
/// Checks <c>X-Twilio-Signature</c> as Twilio.AspNet.Core does, over the public URL and every form parameter
/// as received; JSON bodies are checked against the <c>bodySHA256</c> query parameter (the webhook routes admit only
/// forms, <see cref="TwilioRequestShape"/>).
/// </summary>
public sealed class TwilioRequestValidator(IOptionsMonitor<TwilioOptions> options)
{
    public const string SignatureHeader = "X-Twilio-Signature";

    public async Task<bool> IsValidAsync(HttpRequest request, CancellationToken cancellationToken) =>
        await IsValidAsync(request, PublicUrl(request, options.CurrentValue.RequestValidation.BaseUrlOverride), cancellationToken);

    /// <param name="url">The public URL the signature is checked over (<see cref="PublicUrl"/>).</param>
    public async Task<bool> IsValidAsync(HttpRequest request, string url, CancellationToken cancellationToken)
    {
        var twilio = options.CurrentValue;
        if (twilio.RequestValidation.AllowLocal && IsLocal(request.HttpContext))
        {
            return true;
        }

        var signature = request.Headers[SignatureHeader].ToString();
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var token = twilio.RequestValidation.AuthToken ?? twilio.AuthToken;

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var parameters = form.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);
            return TwilioSignature.Matches(token, url, parameters, signature) || new RequestValidator(token).Validate(url, parameters, signature);
        }

        if (IsJson(request))
        {
            request.EnableBuffering();
            using var reader = new StreamReader(request.Body, leaveOpen: true);
            var body = await reader.ReadToEndAsync(cancellationToken);
            request.Body.Position = 0;
            return new RequestValidator(token).Validate(url, body, signature);
        }

        return new RequestValidator(token).Validate(url, new Dictionary<string, string>(), signature);
    }

    /// <summary>The URL Twilio signed: the override, or the (forwarded) scheme and host; https drops the port.</summary>
    public string PublicUrl(HttpRequest request) => PublicUrl(request, options.CurrentValue.RequestValidation.BaseUrlOverride);

    public static string PublicUrl(HttpRequest request, string? baseUrlOverride) =>
        baseUrlOverride is not null
            ? $"{baseUrlOverride}{request.PathBase}{request.Path}{request.QueryString}"
            : $"{request.Scheme}://{(request.IsHttps ? request.Host.Host : request.Host.ToUriComponent())}{request.PathBase}{request.Path}{request.QueryString}";

    private static bool IsJson(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) &&
        type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private static bool IsLocal(HttpContext context)
    {
        if (context.Request.Headers.ContainsKey("X-Forwarded-For"))
        {
            return false;
        }
        var connection = context.Connection;
        return connection.RemoteIpAddress is null && connection.LocalIpAddress is null
            || connection.RemoteIpAddress is { } remote && (IPAddress.IsLoopback(remote) || remote.Equals(connection.LocalIpAddress));
    }
}
