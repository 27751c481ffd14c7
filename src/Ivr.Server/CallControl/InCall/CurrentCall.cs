using Ivr.Acd.Engine;
using Ivr.Acd.Model;

namespace Ivr.Server.CallControl.InCall;

/// <summary>
/// A counselor's connected call: the ACD's caller record (who has the caller, who is consulted) and the call's legs.
/// The lead is the counselor who has the caller; a consulted counselor is on the call too until hand-over. Found with
/// <see cref="CurrentCalls"/>.
/// </summary>
public sealed record CurrentCall(string CounselorId, ConnectedCall Call, CallLegState Legs)
{
    public string CallSid => Call.CallSid;

    public string ReservationId => Legs.ReservationId;

    public bool IsLead => Call.CounselorId == CounselorId;

    public string? MyLeg => Legs.LegOf(CounselorId);

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
