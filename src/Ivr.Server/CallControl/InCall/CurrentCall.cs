using Ivr.Acd.Engine;
using Ivr.Acd.Model;

namespace Ivr.Server.CallControl.InCall;

/// <summary>
/// A counselor's connected call: the ACD's caller record (who has the caller, who is consulted) and the call's legs.
/// The lead is the counselor who has the caller; a consulted counselor is on the call too until hand-over.
/// </summary>
public sealed record CurrentCall(string CounselorId, ConnectedCall Call, CallLegState Legs)
{
    public string CallSid => Call.CallSid;

    public string ReservationId => Legs.ReservationId;

    public bool IsLead => Call.CounselorId == CounselorId;

    public string? MyLeg => Legs.LegOf(CounselorId);

    /// <summary>Finds the counselor's call, or null when they are not on one.</summary>
    public static async Task<CurrentCall?> FindAsync(AcdEngine engine, CallLegs legs, string counselorId)
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

    /// <summary>The consulted counselor while they are still rung for or talking on this call (the ACD's word, not the legs').</summary>
    public async Task<(string CounselorId, string State)?> ConsultAsync(AcdEngine engine)
    {
        if (Call.ConsultCounselorId is not { } consulted || await engine.GetCounselorAsync(consulted) is not { } counselor || counselor.CallSid != CallSid)
        {
            return null;
        }
        return counselor.State switch
        {
            CounselorState.Reserved => (consulted, "ringing"),
            CounselorState.OnCall => (consulted, "connected"),
            _ => null,
        };
    }
}
