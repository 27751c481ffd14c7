using Ivr.Server.Configuration;

namespace Ivr.Server.Recordings;

/// <summary>
/// Whether a caller's conversation is recorded, and the recording status callback's route values when it is: the
/// language records calls, no tag of the caller's is kept unrecorded (victim-support, unless operations turned it on),
/// and the caller heard the announcement without refusing.
/// </summary>
public sealed class CallRecordingCallback(RecordingPolicy policy)
{
    /// <returns>The route values of <see cref="CallRecordingEndpoint.Route"/>, or null when the call is not recorded.</returns>
    public object? For(IvrSnapshot snapshot, string callSid, string language, string? consent, IReadOnlyList<string> tags) =>
        consent == RecordingConsent.Given && policy.Records(snapshot, language) && policy.RecordsTags(snapshot, tags)
            ? new { call = callSid, language, tags = string.Join(' ', tags) }
            : null;
}
