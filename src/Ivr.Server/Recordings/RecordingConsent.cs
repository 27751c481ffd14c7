namespace Ivr.Server.Recordings;

/// <summary>
/// The caller's answer to the recording announcement (the event <c>recording.consent</c>, the record's
/// <c>recording_consent</c>): heard to the end without the refusal key is <see cref="Given"/>.
/// </summary>
public static class RecordingConsent
{
    public const string Given = "given";
    public const string Refused = "refused";

    /// <summary>
    /// The refusal key, as every language's <c>recording-consent</c> text says: one neither the default menu (0-3, a
    /// language's number and star) nor the hold options (1-5, 9) use, so no caller's habit presses it by mistake.
    /// </summary>
    public const string RefuseKey = "7";
}
