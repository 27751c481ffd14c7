using Ivr.Acd;
using Ivr.Acd.Events;
using Ivr.Server.Queueing;
using Ivr.Server.Telephony;
using StackExchange.Redis;

namespace Ivr.Server.Ivr;

/// <summary>
/// The caller's call status callback (<c>/twilio/voice/status</c>): when the call is over, take it out of the queue
/// and record its end with Twilio's final word on it.
/// </summary>
public sealed class CallStatusCallback(ICallerQueue queue, IConnectionMultiplexer redis, ContactCenterKeys keys, TimeProvider clock)
{
    public async Task HandleAsync(TwilioVoiceRequest call)
    {
        if (call.CallStatus is not { } status || !CallStatuses.IsTerminal(status))
        {
            return;
        }
        await queue.LeaveAsync(call.CallSid, "hangup", CancellationToken.None);
        await CallEventStream.AppendAsync(redis.GetDatabase(), keys, new CallEvent(
            $"{call.CallSid}:ended", CallEventTypes.CallEnded, call.CallSid, clock.GetUtcNow(), new Dictionary<string, string>
            {
                ["status"] = status,
                ["duration"] = call.CallDuration?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                // Twilio's final word on the call repeats the numbers, so the record has them even if call.arrived was lost.
                ["from"] = call.From ?? "",
                ["to"] = call.To ?? "",
            }));
    }
}
