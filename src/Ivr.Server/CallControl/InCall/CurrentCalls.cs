using Ivr.Acd.Engine;
using Ivr.Acd.Model;

namespace Ivr.Server.CallControl.InCall;

/// <summary>
/// Finds a counselor's <see cref="CurrentCall"/>, and answers an in-call operation with the call as the softphone
/// shows it (or, once the counselor left it, their state).
/// </summary>
public sealed class CurrentCalls(AcdEngine engine, CallLegs legs)
{
    /// <summary>The counselor's call, or null when they are not on one.</summary>
    public async Task<CurrentCall?> FindAsync(string counselorId)
    {
        if (await engine.GetCounselorAsync(counselorId) is not { State: CounselorState.OnCall, CallSid: { } callSid } ||
            await engine.GetCallAsync(callSid) is not { State: CallerState.Connected } call ||
            (call.CounselorId != counselorId && call.ConsultCounselorId != counselorId) ||
            await legs.ReservationOfCallerAsync(callSid) is not { } reservationId)
        {
            return null;
        }
        return new CurrentCall(counselorId, call, await legs.GetAsync(reservationId));
    }

    /// <summary>The counselor's call when they have the caller (not when they are consulted on it).</summary>
    public async Task<CurrentCall?> FindLeadAsync(string counselorId) =>
        await FindAsync(counselorId) is { IsLead: true } current ? current : null;

    /// <summary>Why <see cref="FindLeadAsync"/> found nothing.</summary>
    public async Task<InCallReply> NotLeadReplyAsync(string counselorId) =>
        await FindAsync(counselorId) is null ? InCallReply.NoCall : InCallReply.NotLead;

    /// <summary>The call of the counselor who has the caller, on the given reservation's conference.</summary>
    public async Task<CurrentCall?> OfCallerAsync(string callerSid, string reservationId) =>
        await engine.GetCallAsync(callerSid) is { State: CallerState.Connected, CounselorId: { } lead } call
            ? new CurrentCall(lead, call, await legs.GetAsync(reservationId))
            : null;

    public async Task<ActiveCallView?> GetViewAsync(string counselorId)
    {
        if (await FindAsync(counselorId) is not { } current)
        {
            return null;
        }
        var consult = await current.ConsultAsync(engine);
        return new ActiveCallView(
            current.ReservationId,
            current.Call.Language,
            current.Legs.ConnectedAt(counselorId),
            current.Legs.IsMuted(counselorId),
            current.Legs.Held,
            consult is { } c ? new ConsultView(c.CounselorId, c.State) : null,
            [.. current.Legs.Parties.Select(party => new ParticipantView(party.Id, party.Number, party.Label, party.State))],
            current.Legs.Monitor);
    }

    /// <summary>The call as it is now, or the counselor's state when they are no longer on it.</summary>
    public async Task<InCallReply> ViewReplyAsync(string counselorId) =>
        await GetViewAsync(counselorId) is { } view ? InCallReply.Ok(view) : await LeftReplyAsync(counselorId);

    /// <summary>The counselor's state after they left the call (wrap-up, available, ...).</summary>
    public async Task<InCallReply> LeftReplyAsync(string counselorId) =>
        InCallReply.Ok(new CallLeftResponse((await engine.GetCounselorAsync(counselorId))?.State.ToString() ?? "Unknown"));
}
