using Ivr.Server.Telephony;
using Microsoft.Extensions.Options;

namespace Ivr.Server.CallControl;

/// <summary>Absolute URLs of our Twilio routes, for requests made outside any webhook (e.g. from the sweeper).</summary>
public sealed class PublicUrls(LinkGenerator links, IOptions<CallControlOptions> callControl, IOptions<TwilioOptions> twilio)
{
    public Uri For(string routeName, object? values = null)
    {
        var baseUrl = callControl.Value.PublicBaseUrl ?? twilio.Value.RequestValidation.BaseUrlOverride
            ?? throw new InvalidOperationException("CallControl:PublicBaseUrl (or Twilio:RequestValidation:BaseUrlOverride) is required to place calls.");
        var path = links.GetPathByName(routeName, values) ?? throw new InvalidOperationException($"No route named {routeName}.");
        return new Uri(baseUrl.TrimEnd('/') + path);
    }
}
