using System.Diagnostics.Metrics;
using Ivr.Server.Telemetry;

namespace Ivr.Server.FollowUps;

/// <summary>Messages callers leave and the follow-up tasks counselors close, on the server's meter.</summary>
public sealed class FollowUpMetrics(IvrMetrics metrics)
{
    private readonly Counter<long> messages = metrics.Meter.CreateCounter<long>(
        "ivr.followups.messages", "{message}",
        "Recording status callbacks of messages, by language and what became of them: stored (a task), parked (waiting in Redis for PostgreSQL), not-kept (failed or absent recording).");

    private readonly Counter<long> closed = metrics.Meter.CreateCounter<long>(
        "ivr.followups.closed", "{task}", "Follow-up tasks closed by a counselor, by kind, language and disposition.");

    public void MessageStored(string language) => Count(language, "stored");

    public void MessageParked(string language) => Count(language, "parked");

    public void MessageNotKept(string language) => Count(language, "not-kept");

    public void Closed(FollowUpView task) => closed.Add(1,
        new KeyValuePair<string, object?>("ivr.kind", task.Kind),
        new KeyValuePair<string, object?>("ivr.language", task.Language),
        new KeyValuePair<string, object?>("ivr.disposition", task.Disposition));

    private void Count(string language, string result) => messages.Add(1,
        new KeyValuePair<string, object?>("ivr.language", language),
        new KeyValuePair<string, object?>("ivr.result", result));
}
