using System.Globalization;
using System.Xml.Linq;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Webhooks;

namespace Ivr.PhoneSim.Execution;

/// <summary>A verb's view of its call: the simulator, the call, the document it came from, and the token that a redirect or hang-up cancels.</summary>
public sealed record VerbContext(SimulatedTwilio Sim, SimCall Call, TwimlDocument Document, CancellationToken Token)
{
    public Uri? Resolve(string? url) =>
        string.IsNullOrWhiteSpace(url) ? null
        : Document.Url is { } baseUrl ? new Uri(baseUrl, url.Trim())
        : Uri.TryCreate(url.Trim(), UriKind.Absolute, out var absolute) ? absolute
        : throw new WebhookFailure(WebhookFailure.DocumentParseFailure, $"Relative URL '{url}' in TwiML given inline");

    public Task DelayAsync(TimeSpan span) => span <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(span, Sim.Clock, Token);
}

public static class TwimlAttributes
{
    public static string? Attr(this XElement element, string name) => element.Attribute(name)?.Value;

    public static int IntAttr(this XElement element, string name, int fallback) =>
        int.TryParse(element.Attr(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    public static bool BoolAttr(this XElement element, string name, bool fallback) =>
        element.Attr(name) is { } text ? text.Equals("true", StringComparison.OrdinalIgnoreCase) : fallback;
}
