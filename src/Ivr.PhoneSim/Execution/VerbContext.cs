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

