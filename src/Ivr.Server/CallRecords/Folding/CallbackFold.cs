using System.Globalization;
using Ivr.Acd.Engine;
using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Model;

namespace Ivr.Server.CallRecords.Folding;

/// <summary>
/// The <c>callback.*</c> part of <see cref="FoldState"/> for a callback's own row (CallSid <c>cb-</c> + the original
/// CallSid): its link to the original call, language, attempts, the counselor and dialled call that connected, time to
/// callback and final state. The rest of the row (talk, hold, wrap-up, transfers) folds as for any call.
/// </summary>
internal sealed class CallbackFold(CallRecord record)
{
    private DateTimeOffset? requestedAt, connectedAt;
    private bool failed, cancelled;

    /// <summary>
    /// The original CallSid of a callback's id (<see cref="AcdEngine.CallbackIdFor"/>; the events' field <c>original</c>
    /// says the same), else null: a callback's row is one even before its <c>callback.*</c> events are stored.
    /// </summary>
    public static string? OriginalOf(string callSid) => AcdEngine.IsCallbackId(callSid) ? callSid["cb-".Length..] : null;

    public static bool Handles(string type) => type.StartsWith("callback.", StringComparison.Ordinal);

    public void Apply(CallEvent e)
    {
        var fields = e.Fields;
        record.Language = NullIfEmpty(fields.GetValueOrDefault("language")) ?? record.Language;
        switch (e.Type)
        {
            case CallEventTypes.CallbackRequested:
                requestedAt ??= e.At;
                record.ArrivedAt ??= e.At;
                break;
            case CallEventTypes.CallbackDialling:
            case CallEventTypes.CallbackAttemptFailed:
                Attempts(fields.GetValueOrDefault("attempt"));
                break;
            case CallEventTypes.CallbackConnected:
                Attempts(fields.GetValueOrDefault("attempt"));
                connectedAt ??= e.At;
                record.AnsweredAt ??= e.At;
                record.Counselor = NullIfEmpty(fields.GetValueOrDefault("counselor")) ?? record.Counselor;
                record.CallbackDialled = NullIfEmpty(fields.GetValueOrDefault("dialled")) ?? record.CallbackDialled;
                break;
            case CallEventTypes.CallbackFailed:
                Attempts(fields.GetValueOrDefault("attempts"));
                failed = true;
                break;
            case CallEventTypes.CallbackCancelled:
                cancelled = true;
                break;
        }
    }

    public void Finish()
    {
        record.CallbackAttempts ??= 0;
        if (requestedAt is { } requested && connectedAt is { } connected)
        {
            record.TimeToCallbackSeconds = Math.Round(Math.Max(0, (connected - requested).TotalSeconds), 3);
        }
        // Connected wins: a late cancel or failure report of the same callback cannot undo a conversation.
        record.Outcome = connectedAt is not null ? CallOutcome.CallbackCompleted
            : failed ? CallOutcome.CallbackFailed
            : cancelled ? CallOutcome.CallbackCancelled
            : CallOutcome.CallbackPending;
    }

    // The highest attempt number any event names, so a lost event does not lose a count.
    private void Attempts(string? value)
    {
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var attempt) && attempt > (record.CallbackAttempts ?? 0))
        {
            record.CallbackAttempts = attempt;
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
