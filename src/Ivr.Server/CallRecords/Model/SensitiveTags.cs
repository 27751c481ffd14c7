namespace Ivr.Server.CallRecords.Model;

/// <summary>
/// Routing tags that make a call sensitive (<see cref="CallRecord.Sensitive"/>): a victim of crime's notes are read only
/// by the victim-support team, supervisors and operations, each read audited; reports count such calls, never show them.
/// </summary>
public static class SensitiveTags
{
    public const string VictimSupport = "victim-support";

    /// <summary>The team that may read a sensitive call's notes besides supervisors and operations.</summary>
    public const string Team = VictimSupport;

    /// <summary>Whether a tag, or a comma-separated list of them (as <c>queue.joined</c> names them), has a sensitive one.</summary>
    public static bool AnyIn(string? tags) =>
        !string.IsNullOrEmpty(tags) && tags.Split(',', StringSplitOptions.TrimEntries).Contains(VictimSupport, StringComparer.Ordinal);
}
