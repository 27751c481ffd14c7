using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Model;

namespace Ivr.Server.CallRecords.Folding;

/// <summary>The running state of <see cref="CallFolder"/> while it walks one call's events in time order.</summary>
internal sealed class FoldState(CallRecord record)
{
    private readonly List<string> menuPath = [];
    private DateTimeOffset? holdStartedAt;
    private double holdSeconds;
    private bool afterHours, closed, queueFull, overflowed, messageLeft;
    private CallbackFold? callback;
    private readonly Dictionary<string, double> partySeconds = new(StringComparer.Ordinal);

    public void Apply(CallEvent e)
    {
        if (CallbackFold.Handles(e.Type))
        {
            (callback ??= new CallbackFold(record)).Apply(e);
            return;
        }
        var fields = e.Fields;
        switch (e.Type)
        {
            case CallEventTypes.CallArrived:
                record.ArrivedAt ??= e.At;
                TakeNumbers(fields);
                break;
            case CallEventTypes.MenuStep:
                menuPath.Add($"{fields.GetValueOrDefault("node")}:{fields.GetValueOrDefault("digits")}");
                break;
            case CallEventTypes.LanguageChosen:
                record.Language = fields.GetValueOrDefault("language") ?? record.Language;
                break;
            case CallEventTypes.SelfServiceCompleted:
                record.SelfService = fields.GetValueOrDefault("branch") ?? "completed";
                break;
            case CallEventTypes.AfterHours:
                afterHours = true;
                record.Language = fields.GetValueOrDefault("language") ?? record.Language;
                break;
            case CallEventTypes.Closed:
                closed = true;
                record.Language = fields.GetValueOrDefault("language") ?? record.Language;
                break;
            case CallEventTypes.QueueJoined:
                record.QueueJoinedAt ??= e.At;
                record.Language = fields.GetValueOrDefault("language") ?? record.Language;
                record.Sensitive |= SensitiveTags.AnyIn(fields.GetValueOrDefault("tags"));
                break;
            case CallEventTypes.Tagged:
                record.Sensitive |= SensitiveTags.AnyIn(fields.GetValueOrDefault("tag"));
                break;
            case CallEventTypes.MessageLeft:
                messageLeft = true;
                break;
            case CallEventTypes.QueueFull:
                queueFull = true;
                record.Language = fields.GetValueOrDefault("language") ?? record.Language;
                break;
            case CallEventTypes.QueueLeft:
                record.QueueLeftAt = e.At;
                record.QueueLeaveReason = fields.GetValueOrDefault("reason") ?? "hangup";
                break;
            case CallEventTypes.Overflowed:
                overflowed = true;
                record.OverflowedFrom ??= fields.GetValueOrDefault("from") ?? record.Language;
                record.Language = fields.GetValueOrDefault("to") ?? record.Language;
                break;
            case CallEventTypes.Answered:
                record.AnsweredAt ??= e.At;
                record.Counselor = fields.GetValueOrDefault("counselor") ?? record.Counselor;
                break;
            case CallEventTypes.Returned:
                // The counselor left before the caller reached them: the caller waits on, unanswered.
                record.AnsweredAt = null;
                record.Counselor = null;
                break;
            case CallEventTypes.HoldStarted:
                holdStartedAt ??= e.At;
                break;
            case CallEventTypes.HoldEnded:
                EndHold(e.At);
                break;
            case CallEventTypes.Transferred:
                record.TransferredTo = fields.GetValueOrDefault("to") ?? "";
                break;
            case CallEventTypes.PartyAdded:
                // On an institution line call the institution is the caller; a party added is the foreign resident.
                if (!record.Interpretation)
                {
                    record.Institution = fields.GetValueOrDefault("institution") ?? record.Institution;
                }
                break;
            case CallEventTypes.PartyLeft:
                // Per party, so a final callback delivered twice counts once.
                if (double.TryParse(fields.GetValueOrDefault("seconds"), System.Globalization.CultureInfo.InvariantCulture, out var seconds))
                {
                    partySeconds[fields.GetValueOrDefault("party") ?? ""] = Math.Max(0, seconds);
                }
                break;
            case CallEventTypes.InstitutionIdentified:
                record.Interpretation = true;
                record.Institution = NullIfEmpty(fields.GetValueOrDefault("institution")) ?? record.Institution;
                break;
            case CallEventTypes.OutboundStarted:
                // A call a counselor placed: it starts with them, and the number they called is kept as a caller's is.
                record.Direction = CallDirections.Outbound;
                record.ArrivedAt ??= e.At;
                record.Counselor ??= fields.GetValueOrDefault("counselor");
                record.Language = fields.GetValueOrDefault("language") ?? record.Language;
                record.FollowUpId = Guid.TryParse(fields.GetValueOrDefault("task"), out var task) ? task : null;
                TakeNumbers(fields);
                break;
            case CallEventTypes.OutboundFailed:
                record.EndedAt ??= e.At;
                break;
            case CallEventTypes.CallEnded:
                record.EndedAt ??= e.At;
                // Without call.arrived (it is written after the first answer), the end says when it began and who called.
                if (record.ArrivedAt is null && double.TryParse(fields.GetValueOrDefault("duration"), System.Globalization.CultureInfo.InvariantCulture, out var duration))
                {
                    record.ArrivedAt = e.At - TimeSpan.FromSeconds(duration);
                }
                TakeNumbers(fields);
                EndHold(e.At);
                break;
            case CallEventTypes.WrapUpCompleted:
                record.WrappedUpAt = e.At;
                record.Counselor ??= fields.GetValueOrDefault("counselor");
                TakeOutcome(fields);
                break;
            case CallEventTypes.OutcomeRecorded:
                record.Counselor ??= fields.GetValueOrDefault("counselor");
                TakeOutcome(fields);
                break;
            case CallEventTypes.RecordingConsent:
                record.RecordingConsent = NullIfEmpty(fields.GetValueOrDefault("consent")) ?? record.RecordingConsent;
                break;
            case CallEventTypes.RecordingCompleted:
                record.RecordingSeconds = (record.RecordingSeconds ?? 0)
                    + (int.TryParse(fields.GetValueOrDefault("seconds"), System.Globalization.CultureInfo.InvariantCulture, out var recorded) ? Math.Max(0, recorded) : 0);
                break;
        }
    }

    // The dialed number and the protected caller number, first event that has them wins: call.arrived, else the
    // status callback's call.ended.
    private void TakeNumbers(IReadOnlyDictionary<string, string> fields)
    {
        record.Dialed ??= NullIfEmpty(fields.GetValueOrDefault("to"));
        if (record.CallerHash is null)
        {
            record.CallerHash = Hex(fields.GetValueOrDefault(ProtectedFields.FromHash));
            record.CallerEncrypted = Base64(fields.GetValueOrDefault(ProtectedFields.FromSealed));
        }
    }

    // The counselor's wrap-up form: residency status and topic.
    private void TakeOutcome(IReadOnlyDictionary<string, string> fields)
    {
        record.ResidencyStatus = NullIfEmpty(fields.GetValueOrDefault("residencyStatus")) ?? record.ResidencyStatus;
        record.Topic = NullIfEmpty(fields.GetValueOrDefault("topic")) ?? record.Topic;
    }

    public CallRecord Finish()
    {
        record.MenuPath = menuPath.Count == 0 ? null : string.Join(' ', menuPath);
        record.PartySeconds = partySeconds.Count == 0 ? null : partySeconds.Values.Sum();
        record.MessageLeft = messageLeft;
        if (record.QueueJoinedAt is { } joined && (record.AnsweredAt ?? record.QueueLeftAt ?? record.EndedAt) is { } exited)
        {
            record.WaitSeconds = Seconds(exited - joined);
        }
        if (record.AnsweredAt is { } answered && record.EndedAt is { } ended)
        {
            record.HoldSeconds = Math.Round(holdSeconds, 3);
            record.TalkSeconds = Seconds(ended - answered - TimeSpan.FromSeconds(holdSeconds));
        }
        if (record.WrappedUpAt is { } wrapped && record.EndedAt is { } end && record.AnsweredAt is not null)
        {
            record.WrapUpSeconds = Seconds(wrapped - end);
        }
        if (callback is null && record.CallbackOf is null)
        {
            record.Outcome = Outcome();
        }
        else
        {
            (callback ??= new CallbackFold(record)).Finish();
        }
        return record;
    }

    private string Outcome() => record switch
    {
        { EndedAt: null } => CallOutcome.InProgress,
        { Direction: CallDirections.Outbound, AnsweredAt: null } => CallOutcome.NotReached,
        { AnsweredAt: not null, TransferredTo: not null } => CallOutcome.Transferred,
        { AnsweredAt: not null } => overflowed ? CallOutcome.Overflowed : CallOutcome.Answered,
        { QueueJoinedAt: not null } => record.QueueLeaveReason switch
        {
            "timeout" => CallOutcome.QueueTimeout,
            "callback" => CallOutcome.Callback,
            // Left the line and left a message: asked to be called back, not abandoned (queue_leave_reason keeps which).
            "message" when messageLeft => CallOutcome.Callback,
            "transfer" => CallOutcome.Transferred,
            _ => CallOutcome.AbandonedInQueue,
        },
        _ when queueFull => CallOutcome.QueueFull,
        _ when closed => CallOutcome.Closed,
        _ when afterHours => CallOutcome.AfterHours,
        { SelfService: not null } => CallOutcome.SelfService,
        _ => CallOutcome.AbandonedInMenu,
    };

    private void EndHold(DateTimeOffset at)
    {
        if (holdStartedAt is { } started)
        {
            holdSeconds += Math.Max(0, (at - started).TotalSeconds);
            holdStartedAt = null;
        }
    }

    private static double Seconds(TimeSpan span) => Math.Round(Math.Max(0, span.TotalSeconds), 3);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static byte[]? Hex(string? value) => string.IsNullOrEmpty(value) ? null : Convert.FromHexString(value);

    private static byte[]? Base64(string? value) => string.IsNullOrEmpty(value) ? null : Convert.FromBase64String(value);
}
