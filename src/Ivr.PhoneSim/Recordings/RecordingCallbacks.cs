using System.Globalization;
using Ivr.PhoneSim.Webhooks;

namespace Ivr.PhoneSim.Recordings;

/// <summary>
/// Recording status callbacks with the parameters of twilio.com/docs/voice/twiml/recording ("recordingStatusCallback"):
/// AccountSid, CallSid (the parent leg), RecordingSid, RecordingUrl, RecordingStatus, RecordingDuration,
/// RecordingChannels, RecordingStartTime, RecordingSource, and ErrorCode for an absent recording
/// (16101, support.twilio.com "Getting Started with Recording Status Callbacks"). A conference's recording names its
/// ConferenceSid instead of a CallSid. Signed like every webhook, sent asynchronously.
/// </summary>
public sealed class RecordingCallbacks(SimulatedTwilio sim)
{
    /// <summary>Twilio's media URL for a recording (no extension: WAV), on the simulator's REST host once it runs.</summary>
    public Uri MediaUrl(SimRecording recording) =>
        new(sim.ApiBaseUrl, $"/2010-04-01/Accounts/{sim.Options.AccountSid}/Recordings/{recording.Sid}");

    public void Send(SimRecording recording, RecordingCallback callback, string status)
    {
        if (!callback.Wants(status))
        {
            return;
        }
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AccountSid"] = sim.Options.AccountSid,
            ["RecordingSid"] = recording.Sid,
            ["RecordingUrl"] = MediaUrl(recording).ToString(),
            ["RecordingStatus"] = status,
            ["RecordingChannels"] = recording.Channels.ToString(CultureInfo.InvariantCulture),
            ["RecordingStartTime"] = Twilio.TwilioDates.Rfc2822(recording.StartTime),
            ["RecordingSource"] = recording.Source,
        };
        if (recording.ConferenceSid is { } conferenceSid)
        {
            parameters["ConferenceSid"] = conferenceSid;
        }
        else
        {
            parameters["CallSid"] = recording.CallSid;
        }
        if (status != RecordingStatuses.InProgress)
        {
            parameters["RecordingDuration"] = Math.Max(0, recording.Duration).ToString(CultureInfo.InvariantCulture);
        }
        if (recording.ErrorCode is { } code)
        {
            parameters["ErrorCode"] = code.ToString(CultureInfo.InvariantCulture);
        }
        sim.Track(SendAsync(recording, callback, parameters));
    }

    private async Task SendAsync(SimRecording recording, RecordingCallback callback, Dictionary<string, string> parameters)
    {
        try
        {
            await sim.Webhooks.SendAsync(recording.ConferenceSid is null ? recording.CallSid : null, callback.Url!, callback.Method, parameters, CancellationToken.None);
        }
        catch (WebhookFailure failure)
        {
            if (sim.Calls.Find(recording.CallSid) is { } call)
            {
                sim.RecordError(call, failure.Code, "recording status callback: " + failure.Message);
            }
            else
            {
                sim.Record(Journal.SimEventKinds.Error, null, ("code", failure.Code.ToString(CultureInfo.InvariantCulture)),
                    ("message", "recording status callback: " + failure.Message));
            }
        }
    }
}
