using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Ivr.Server.Telemetry;

/// <summary>
/// Counts each attempt the Twilio REST client makes (it sits inside the resilience handler, so a retry is a second
/// attempt) by resource (<c>Calls</c>, <c>Participants</c>, ...) and outcome.
/// </summary>
public sealed partial class TwilioRequestMetricsHandler(IvrMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var tags = new TagList
        {
            { "ivr.twilio.resource", Resource(request.RequestUri) },
            { "http.request.method", request.Method.Method },
        };
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            tags.Add("http.response.status_code", status);
            tags.Add("ivr.twilio.outcome", status switch
            {
                < 400 => "success",
                429 => "throttled",
                < 500 => "client_error",
                _ => "server_error",
            });
            metrics.TwilioRequests.Add(1, tags);
            return response;
        }
        catch (Exception exception)
        {
            tags.Add("ivr.twilio.outcome", exception is OperationCanceledException ? "timeout" : "error");
            tags.Add("error.type", exception.GetType().FullName);
            metrics.TwilioRequests.Add(1, tags);
            throw;
        }
    }

    /// <summary>The last named collection in the path: <c>/Accounts/AC../Conferences/CF../Participants/CA...json</c> is Participants.</summary>
    internal static string Resource(Uri? uri)
    {
        var resource = "other";
        foreach (var segment in uri?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [])
        {
            var name = segment.EndsWith(".json", StringComparison.Ordinal) ? segment[..^5] : segment;
            if (CollectionName().IsMatch(name))
            {
                resource = name;
            }
        }
        return resource;
    }

    // Collections are capitalised words (Calls, Conferences, Participants, Recordings); ids are two capitals then hex.
    [GeneratedRegex("^[A-Z][a-z]+([A-Z][a-z]+)*$")]
    private static partial Regex CollectionName();
}
