using Ivr.Server.Reporting;

namespace Ivr.Benchmarks.Records;

/// <summary>The rollup report's SQL with its period fixed to years, for EXPLAIN.</summary>
public static class ReportPlans
{
    public static readonly string RollupAnnualByLanguage = $"""
        SELECT {VolumeReports.PeriodColumn.Replace("@unit", "'year'", StringComparison.Ordinal).Replace("@format", "'YYYY'", StringComparison.Ordinal)} AS period,
               language, sum(arrivals)::bigint AS calls, sum(answered)::bigint AS consultations
        FROM records.daily_language WHERE day >= @from AND day < @to
        GROUP BY 1, 2 ORDER BY 1, 4 DESC, 2
        """;
}
