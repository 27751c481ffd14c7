using System.Diagnostics;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Twilio;

namespace Ivr.PhoneSim.Webhooks;

/// <summary>
/// Sends webhooks as Twilio does: form POST (or GET with the parameters in the query), signed with
/// X-Twilio-Signature, cut off after the timeout (15 s, Twilio's hard limit) measured on <paramref name="httpClock"/>.
/// </summary>
public sealed class WebhookClient(HttpClient http, string authToken, TimeSpan timeout, TimeProvider httpClock, TimeProvider clock, ISimJournal journal)
{
    public async Task<WebhookResponse> SendAsync(string? callSid, Uri url, string method, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        var isGet = string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase);
        var target = isGet ? AppendQuery(url, parameters) : url;
        var signedUrl = WithoutFragment(target);
        using var request = new HttpRequestMessage(isGet ? HttpMethod.Get : HttpMethod.Post, target);
        if (!isGet)
        {
            request.Content = new FormUrlEncodedContent(parameters);
        }
        request.Headers.Add(TwilioSignature.HeaderName, TwilioSignature.Compute(authToken, signedUrl, isGet ? null : parameters));
        request.Headers.Add("I-Twilio-Idempotency-Token", Guid.NewGuid().ToString());
        request.Headers.UserAgent.ParseAdd("TwilioProxy/1.1");
        Record(SimEventKinds.WebhookRequest, callSid, new Dictionary<string, string?>(parameters.ToDictionary(p => p.Key, p => (string?)p.Value))
        {
            ["_url"] = signedUrl,
            ["_method"] = isGet ? "GET" : "POST",
        });

        using var timeoutSource = new CancellationTokenSource(timeout, httpClock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeoutSource.Token, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, linked.Token);
            var body = await response.Content.ReadAsStringAsync(linked.Token);
            var result = new WebhookResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, Stopwatch.GetElapsedTime(started));
            Record(SimEventKinds.WebhookResponse, callSid, new Dictionary<string, string?>
            {
                ["url"] = signedUrl,
                ["status"] = result.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["contentType"] = result.ContentType,
                ["elapsedMs"] = result.Elapsed.TotalMilliseconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture),
                ["body"] = body,
            });
            return result;
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new WebhookFailure(WebhookFailure.HttpConnectionFailure, $"No response from {signedUrl} within {timeout.TotalSeconds:F0} s");
        }
        catch (HttpRequestException exception)
        {
            throw new WebhookFailure(WebhookFailure.HttpConnectionFailure, $"{signedUrl}: {exception.Message}");
        }
    }

    private void Record(string kind, string? callSid, IReadOnlyDictionary<string, string?> data) =>
        journal.Record(new SimEvent(clock.GetUtcNow(), kind, callSid, data));

    private static Uri AppendQuery(Uri url, IReadOnlyDictionary<string, string> parameters)
    {
        var query = string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        var builder = new UriBuilder(url);
        builder.Query = string.IsNullOrEmpty(builder.Query) ? query : builder.Query.TrimStart('?') + "&" + query;
        return builder.Uri;
    }

    // Connection-override fragments (#rc=...) are not part of the signed URL.
    private static string WithoutFragment(Uri url) => url.GetLeftPart(UriPartial.Query);
}
