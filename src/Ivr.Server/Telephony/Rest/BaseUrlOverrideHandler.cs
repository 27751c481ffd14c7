using Microsoft.Extensions.Options;

namespace Ivr.Server.Telephony.Rest;

/// <summary>
/// Sends Twilio REST requests to <c>Twilio:Client:BaseUrlOverride</c> (a stand-in such as the phone simulator),
/// keeping Twilio's paths. The Twilio library builds absolute https://api.twilio.com URLs, so HttpClient.BaseAddress
/// would be ignored: the host is rewritten here instead.
/// </summary>
public sealed class BaseUrlOverrideHandler(IOptionsMonitor<TwilioOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (options.CurrentValue.Client.BaseUrlOverride is { } baseUrl && request.RequestUri is { } uri)
        {
            var target = new Uri(baseUrl);
            request.RequestUri = new UriBuilder(uri)
            {
                Scheme = target.Scheme,
                Host = target.Host,
                Port = target.Port,
                Path = target.AbsolutePath.TrimEnd('/') + uri.AbsolutePath,
            }.Uri;
        }
        return base.SendAsync(request, cancellationToken);
    }
}
