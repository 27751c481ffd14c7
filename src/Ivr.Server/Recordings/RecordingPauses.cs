using System.Diagnostics.Metrics;
using Ivr.Server.Telemetry;
using Ivr.Server.Telephony;

namespace Ivr.Server.Recordings;

/// <summary>
/// A recorded conference's recording paused while the caller is on hold (hold music is not recorded, nor its
/// seconds counted) and resumed when they are taken off. The hold is what the caller needs: a recording Twilio would
/// not pause or resume (after Polly's retries) is logged and counted on <c>ivr.recordings.pause_failures</c>, never thrown.
/// </summary>
public sealed partial class RecordingPauses(TwilioRecordings recordings, IvrMetrics metrics, ILogger<RecordingPauses> logger)
{
    private readonly Counter<long> failures = metrics.Meter.CreateCounter<long>(
        "ivr.recordings.pause_failures", "{request}",
        "Recorded calls' recordings Twilio did not pause (caller held) or resume (caller taken off hold), by action.");

    /// <returns>False when Twilio did not do it.</returns>
    public async Task<bool> SetPausedAsync(string conferenceSid, string callSid, bool paused)
    {
        try
        {
            await recordings.SetConferenceRecordingPausedAsync(conferenceSid, paused);
            return true;
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            var action = paused ? "pause" : "resume";
            failures.Add(1, new KeyValuePair<string, object?>("ivr.action", action));
            LogFailed(action, callSid, conferenceSid, exception.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not {Action} the recording of call {CallSid} (conference {ConferenceSid}): {Reason}")]
    private partial void LogFailed(string action, string callSid, string conferenceSid, string reason);
}
