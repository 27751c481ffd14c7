using System.Globalization;
using System.Text;
using Ivr.Server.Planning.Queueing;

namespace Ivr.Server.Tests.PlanningProof;

/// <summary>
/// The table of docs/planning-proof.md: per half hour and language the forecast, the requirement and what it predicts,
/// and the measured service level; then per language and over all rows the mean of the half hours' service levels and
/// the pooled one (all answered in target over all offered), against the target.
/// </summary>
public sealed record ProofReport(ProofSettings Settings, StaffingTarget Target, IReadOnlyList<ProofRow> Rows, int Lost, TimeSpan Elapsed)
{
    /// <summary>The plain mean over the half hours that had callers: the issue's "on average".</summary>
    public double MeanServiceLevel => Mean(Rows);

    /// <summary>All answered in target over all offered (the busy half hours and languages weigh more).</summary>
    public double PooledServiceLevel => Pooled(Rows);

    public string Table()
    {
        var text = new StringBuilder();
        Line(text, $"Run: {Settings}; target {Target.ServiceLevel:P0} in {Target.TargetSeconds:0} s at most {Target.MaxOccupancy:P0} occupancy; {Machine()}; took {Elapsed.TotalMinutes:0.0} min.");
        text.AppendLine();
        text.AppendLine("| interval | language | forecast calls | AHT s | patience s | required | SL predicted | offered | answered in target | abandoned | SL measured | vs target |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in Rows)
        {
            var cell = row.Cell;
            Line(text, $"| {cell.Forecast.Start} | {cell.Forecast.Language} | {cell.Forecast.Offered:0.0} | {cell.Forecast.HandleSeconds:0} | {cell.PatienceSeconds:0} | {cell.Required} | {cell.Achieved.ServiceLevel:P1} | {row.Offered} | {row.AnsweredInTarget} | {row.Abandoned} | {Percent(row.ServiceLevel)} | {Points(row.ServiceLevel)} |");
        }
        text.AppendLine();
        text.AppendLine("| language | half hours | offered | mean of the half hours' SL | pooled SL | mean predicted | vs target (mean) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var language in Rows.GroupBy(row => row.Cell.Forecast.Language).Append(Rows.GroupBy(_ => "all").Single()))
        {
            var rows = language.ToList();
            Line(text, $"| {language.Key} | {rows.Count(row => row.Offered > 0)} | {rows.Sum(row => row.Offered)} | {Mean(rows):P1} | {Pooled(rows):P1} | {rows.Where(row => row.Offered > 0).Average(row => row.Cell.Achieved.ServiceLevel):P1} | {Points(Mean(rows))} |");
        }
        Line(text, $"\nCallers neither answered nor abandoned (lost): {Lost}.");
        return text.ToString();
    }

    private string Points(double? level) => level is { } value
        ? ((value - Target.ServiceLevel) * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture)
        : "";

    private static string Percent(double? level) => level is { } value ? value.ToString("P1", CultureInfo.InvariantCulture) : "no calls";

    private static double Mean(IEnumerable<ProofRow> rows) => rows.Where(row => row.ServiceLevel is not null).Average(row => row.ServiceLevel!.Value);

    private static double Pooled(IEnumerable<ProofRow> rows)
    {
        var list = rows.ToList();
        return (double)list.Sum(row => row.AnsweredInTarget) / Math.Max(1, list.Sum(row => row.Offered));
    }

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

    private static string Machine()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        return $"{Environment.ProcessorCount} cores ({model ?? "unknown CPU"}), load {load} at the end";
    }
}
