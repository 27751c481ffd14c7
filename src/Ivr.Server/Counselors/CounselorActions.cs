using Ivr.Acd.Engine;
using Ivr.Acd.Events;
using Ivr.Acd.Model;
using Ivr.Server.CallNotes;
using Ivr.Server.Queueing;
using StackExchange.Redis;

namespace Ivr.Server.Counselors;

/// <summary>What a counselor (or a supervisor on their behalf) does to their own state: presence and wrap-up.</summary>
public sealed class CounselorActions(AcdEngine engine, IMatchDispatcher dispatcher, IConnectionMultiplexer redis, NoteProtector notes, TimeProvider time)
{
    public async Task<PresenceResult> SetPresenceAsync(string counselorId, PresenceRequest request, CancellationToken cancellationToken)
    {
        var current = await engine.GetCounselorAsync(counselorId);
        var result = (request.State, current?.State) switch
        {
            (_, null) => new PresenceResult(PresenceOutcome.UnknownCounselor, null, []),
            // Asking for the state one is in succeeds and changes nothing (a softphone may resend after a reload).
            ("available", CounselorState.Available) => new PresenceResult(PresenceOutcome.Changed, CounselorState.Available, []),
            ("available", CounselorState.Offline) => await engine.SignInAsync(counselorId),
            ("available", CounselorState.WrapUp) => await engine.WrapUpDoneAsync(counselorId),
            ("available", _) => await engine.SetAvailableAsync(counselorId),
            ("break", CounselorState.Offline) => new PresenceResult(PresenceOutcome.Refused, CounselorState.Offline, []),
            ("break", _) => await engine.SetBreakAsync(counselorId, request.Reason ?? ""),
            ("offline", _) => await engine.SignOutAsync(counselorId),
            _ => throw new ArgumentException("State must be available, break or offline.", nameof(request)),
        };
        await dispatcher.DispatchAsync(result.Matches, cancellationToken);
        return result;
    }

    /// <summary>Records the call's outcome on the call record and makes the counselor available.</summary>
    public async Task<PresenceResult> CompleteWrapUpAsync(string counselorId, WrapUpRequest request, CancellationToken cancellationToken)
    {
        var current = await engine.GetCounselorAsync(counselorId);
        if (current is null)
        {
            return new PresenceResult(PresenceOutcome.UnknownCounselor, null, []);
        }
        var fields = new Dictionary<string, string> { ["counselor"] = counselorId };
        Add(fields, "residencyStatus", request.ResidencyStatus);
        Add(fields, "topic", request.Topic);
        // The note is sealed before it leaves this process: the outbox and the records hold only its sealed form.
        if (!string.IsNullOrWhiteSpace(request.Note))
        {
            fields[NoteProtector.SealedField] = notes.Seal(request.Note.Trim());
        }
        // One outcome per call and counselor: a resubmitted form carries the same event id and changes nothing.
        await CallEventStream.AppendAsync(redis.GetDatabase(), engine.Keys.ContactCenter,
            new CallEvent($"wrapup:{request.CallSid}:{counselorId}", CallEventTypes.OutcomeRecorded, request.CallSid, time.GetUtcNow(), fields));
        if (current.State != CounselorState.WrapUp)
        {
            return new PresenceResult(PresenceOutcome.Changed, current.State, []);
        }
        var result = await engine.WrapUpDoneAsync(counselorId);
        await dispatcher.DispatchAsync(result.Matches, cancellationToken);
        return result;
    }

    private static void Add(Dictionary<string, string> fields, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields[name] = value.Trim();
        }
    }
}
