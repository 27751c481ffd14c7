using Ivr.Acd.Engine;
using Ivr.Server.CallControl;
using Ivr.Server.Softphone;
using StackExchange.Redis;

namespace Ivr.Server.Counselors;

/// <summary>
/// Whether a call is the counselor's own: the one they are on or wrapping up (the ACD's counselor record), or one
/// whose reservation rang them, consulted them or handed the call to them (<see cref="CallLegs"/>, kept 12 hours).
/// Outcomes are recorded only on such calls, so no counselor writes on another's call or invents one.
/// </summary>
public sealed class CounselorCalls(AcdEngine engine, IConnectionMultiplexer redis, CallLegs legs)
{
    public async Task<bool> IsOwnAsync(string counselorId, string callSid)
    {
        var agent = await CounselorAgentRecord.ReadAsync(redis.GetDatabase(), engine.Keys, counselorId);
        if (agent is not null && (agent.CallSid == callSid || agent.LastCallSid == callSid))
        {
            return true;
        }
        if (await legs.ReservationOfCallerAsync(callSid) is not { } reservationId)
        {
            return false;
        }
        return (await legs.GetAsync(reservationId)).Involves(counselorId);
    }
}
