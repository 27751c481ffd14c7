using System.Globalization;
using System.Text;
using Ivr.PhoneSim.Traffic;

namespace Ivr.Server.Tests.FaultProgramme;

/// <summary>The programme's findings, and the table it prints (Markdown, as it goes into docs/benchmarks.md).</summary>
public sealed record FaultReport(
    FaultProgrammeSettings Settings, DateTimeOffset Start, IReadOnlyList<LedgerEntry> Ledger, IReadOnlyList<FaultWindow> Windows,
    IReadOnlyList<string> OverlappingLegs, int RingsWhileBusy, RecordsCheck.Result Records, long FallbackWebhooks, TimeSpan Elapsed)
{
    public int CallersLost => Ledger.Count(entry => entry.Lost);

    public int DoubleAssignments => Math.Max(OverlappingLegs.Count, RingsWhileBusy);

    public long RecordsLost => Records.Missing + Math.Max(0, Records.Rows - Records.RollupArrivals);

    public long RecordsDuplicated => Records.Duplicated + Math.Max(0, Records.RollupArrivals - Records.Rows);

    public string Table()
    {
        var text = new StringBuilder();
        var outcomes = string.Join(", ", Enum.GetValues<CallerOutcome>().Select(o => $"{o} {Ledger.Count(e => e.Outcome == o)}"));
        Line($"Fault programme: {Settings}; {Ledger.Count} calls ({outcomes}, not ended {Ledger.Count(e => e.Outcome is null)}); took {Elapsed.TotalMinutes:0.0} min; load average {LoadAverage()}");
        Line("");
        Line("| measure | result |");
        Line("|---|---|");
        Line($"| callers lost | {CallersLost} ({Ledger.Count(e => e.Outcome is CallerOutcome.Lost or CallerOutcome.Error)} ended by the system without a counselor, {Ledger.Count(e => e.Outcome is null && !e.Queued && e.ConnectedTo is null)} stranded, {Ledger.Count(e => e.ForgottenByAcd)} forgotten by the ACD while queued) |");
        Line($"| double assignments | {DoubleAssignments} ({OverlappingLegs.Count} overlapping counselor legs, {RingsWhileBusy} rings while on a call) |");
        Line($"| records lost | {RecordsLost} ({Records.Missing} calls without a finished row; {Records.Rows} rows, {Records.RollupArrivals} arrivals in the daily figures) |");
        Line($"| records duplicated | {RecordsDuplicated} |");
        Line($"| callers who heard the fallback apology | {Ledger.Count(e => e.HeardFallback)} ({FallbackWebhooks} webhooks answered by the fail-safe, hold loops included) |");
        var inside = Waits(e => Windows.Any(w => w.Covers(e.Arrived, FaultProgrammeSettings.Acceleration)));
        var outside = Waits(e => !Windows.Any(w => w.Covers(e.Arrived, FaultProgrammeSettings.Acceleration)));
        Line($"| wait to a counselor, arrived outside faults | mean {Mean(outside)} s, p95 {P95(outside)} s ({outside.Count} callers) |");
        Line($"| wait, arrived in a fault window (+10 s) | mean {Mean(inside)} s, p95 {P95(inside)} s ({inside.Count} callers) |");
        Line($"| extra wait the faults cost | mean {Difference(inside, outside, Average)} s, p95 {Difference(inside, outside, values => TrafficMetrics.Percentile(values, 0.95))} s |");
        Line("");
        Line("| fault (in order) | in force (s from start) | callers arriving | lost | heard apology | wait mean / p95 (s) |");
        Line("|---|---|---|---|---|---|");
        foreach (var window in Windows)
        {
            var arrivals = Ledger.Where(e => window.Covers(e.Arrived, FaultProgrammeSettings.Acceleration)).ToList();
            var waits = Waits(e => window.Covers(e.Arrived, FaultProgrammeSettings.Acceleration));
            Line($"| {window.Name} | {CallLedger.Real(window.Start, Start)}-{CallLedger.Real(window.End, Start)} | {arrivals.Count} | {arrivals.Count(e => e.Lost)} | {arrivals.Count(e => e.HeardFallback)} | {Mean(waits)} / {P95(waits)} |");
        }
        foreach (var overlap in OverlappingLegs)
        {
            Line($"- rung twice: {overlap}");
        }
        return text.ToString();

        void Line(string line) => text.AppendLine(line);
    }

    /// <summary>The first lost callers, for a failure message.</summary>
    public string LostDetail() => string.Join("\n", Ledger.Where(e => e.Lost).Take(20)
        .Select(e => $"{e.Sid} {e.Language} outcome={e.Outcome?.ToString() ?? "not ended"} queued={e.Queued} forgotten={e.ForgottenByAcd} apology={e.HeardFallback}"));

    private List<double> Waits(Func<LedgerEntry, bool> filter) => [.. Ledger.Where(e => e.WaitSeconds is not null && filter(e)).Select(e => e.WaitSeconds!.Value)];

    private static double Average(IReadOnlyList<double> values) => values.Count == 0 ? double.NaN : values.Average();

    private static string Mean(IReadOnlyList<double> values) => Format(Average(values));

    private static string P95(IReadOnlyList<double> values) => Format(TrafficMetrics.Percentile(values, 0.95));

    private static string Difference(IReadOnlyList<double> inside, IReadOnlyList<double> outside, Func<IReadOnlyList<double>, double> statistic) =>
        Format(statistic(inside) - statistic(outside));

    private static string Format(double value) => double.IsNaN(value) ? "-" : value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
