namespace Ivr.PhoneSim.Recordings;

/// <summary>A Record's recordingStatusCallback, its method and the events it wants (in-progress, completed, absent; completed by default).</summary>
public sealed record RecordingCallback(Uri? Url, string Method, IReadOnlySet<string> Events)
{
    public static RecordingCallback From(Uri? url, string? method, string? events) => new(
        url,
        string.IsNullOrEmpty(method) ? "POST" : method.ToUpperInvariant(),
        (events ?? RecordingStatuses.Completed).Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal));

    public bool Wants(string status) => Url is not null && Events.Contains(status);
}
