using Ivr.PhoneSim.Recordings;

namespace Ivr.PhoneSim.Conferences;

/// <summary>
/// Records a conference whose creator asked for it: the recording (source Conference, its ConferenceSid, no CallSid)
/// starts when the conference starts and completes when it ends (or is stopped through the REST API), in whole
/// seconds of audio (paused time with PauseBehavior=skip left out); an empty one is absent (16101).
/// </summary>
internal static class ConferenceRecorder
{
    private const int TooShort = 16101;

    public static void Start(SimulatedTwilio sim, SimConference conference)
    {
        if (conference.Recording is not { } setting)
        {
            return;
        }
        var recording = sim.Recordings.Start(callSid: "", conference.Sid);
        conference.ActiveRecording = recording;
        sim.RecordingCallbacks.Send(recording, setting.Callback, RecordingStatuses.InProgress);
    }

    public static void Finish(SimulatedTwilio sim, SimConference conference)
    {
        if (conference.Recording is not { } setting || conference.TakeActiveRecording() is not { } recording)
        {
            return;
        }
        var now = sim.Clock.GetUtcNow();
        var seconds = (int)Math.Round(recording.RecordedUntil(now).TotalSeconds);
        if (seconds < 1)
        {
            recording.MarkAbsent(TooShort, now);
            sim.RecordingCallbacks.Send(recording, setting.Callback, RecordingStatuses.Absent);
            return;
        }
        recording.Complete(seconds, now);
        sim.RecordingCallbacks.Send(recording, setting.Callback, RecordingStatuses.Completed);
    }
}
