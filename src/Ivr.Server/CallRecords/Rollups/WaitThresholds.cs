namespace Ivr.Server.CallRecords.Rollups;

/// <summary>
/// The wait thresholds the rollups count "within" for: Amazon Connect's service-level choices plus 5 and 10 s
/// for short abandons. A report may use any of them without touching the call table.
/// </summary>
public static class WaitThresholds
{
    private static readonly int[] Values = [5, 10, 15, 20, 25, 30, 45, 60, 90, 120, 180, 240, 300, 600];

    public static IReadOnlyList<int> Seconds => Values;

    /// <returns>The 1-based PostgreSQL array index of <paramref name="seconds"/>, or null when it is not supported.</returns>
    public static int? ArrayIndex(int seconds)
    {
        var index = Array.IndexOf(Values, seconds);
        return index < 0 ? null : index + 1;
    }

    public static string Supported => string.Join(", ", Seconds);
}
