using Ivr.PhoneSim.Recordings;

namespace Ivr.PhoneSim.Conferences;

/// <summary>
/// A conference's recording setting, given by the participant that creates it (TwiML <c>&lt;Conference record&gt;</c>
/// with <c>recordingStatusCallback*</c>, or Participants create <c>ConferenceRecord</c> with
/// <c>ConferenceRecordingStatusCallback*</c>); later participants' settings are ignored, as for the status callback.
/// <c>record-from-start</c> (or <c>true</c>) records the whole conference from its start to its end.
/// </summary>
public sealed record ConferenceRecording(RecordingCallback Callback)
{
    public static ConferenceRecording? From(string? record, Uri? callback, string? method, string? events) =>
        record is "record-from-start" or "true" ? new ConferenceRecording(RecordingCallback.From(callback, method, events)) : null;
}
