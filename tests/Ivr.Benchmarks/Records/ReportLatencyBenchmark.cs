using System.Diagnostics;
using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.Reporting;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ivr.Benchmarks.Records;

/// <summary>The annual language report from the rollups next to the same report as a raw GROUP BY over the call table.</summary>
public sealed class ReportLatencyBenchmark(RecordsContextSource contexts, CallReports reports)
{
    public const string RawAnnualByLanguage = """
        SELECT to_char(date_trunc('year', day::timestamp), 'YYYY') AS period, coalesce(language, '') AS language,
               count(*) AS calls, count(answered_at) AS consultations
        FROM records.calls WHERE day >= @from AND day < @to AND outcome <> 'in_progress'
        GROUP BY 1, 2 ORDER BY 1, 4 DESC, 2
        """;

    public async Task<(double RollupMs, double RawMs, bool Equal)> RunAsync(DateOnly from, DateOnly to, int runs)
    {
        var request = new ReportRequest(new ReportRange(from, to, ReportPeriod.Year), 20, 10);
        var rollup = await reports.RunAsync("calls-by-language", request);
        var raw = await RawAsync(from, to);
        // The same figures; the order of languages may differ (the rollup's column and the raw coalesce collate apart).
        var equal = rollup.Rows.Select(Line).Order(StringComparer.Ordinal).SequenceEqual(raw.Order(StringComparer.Ordinal));
        var rollupTimes = new List<double>();
        var rawTimes = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            await reports.RunAsync("calls-by-language", request);
            rollupTimes.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            await RawAsync(from, to);
            rawTimes.Add(watch.Elapsed.TotalMilliseconds);
        }
        return (Median(rollupTimes), Median(rawTimes), equal);
    }

    public async Task<string> ExplainAsync(string sql, DateOnly from, DateOnly to, params (string Name, object Value)[] parameters)
    {
        await using var db = contexts.Create();
        await db.Database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, (NpgsqlConnection)db.Database.GetDbConnection());
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlTypes.NpgsqlDbType.Date) { Value = from });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlTypes.NpgsqlDbType.Date) { Value = to });
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(0));
        }
        return string.Join('\n', plan);
    }

    private async Task<List<string>> RawAsync(DateOnly from, DateOnly to)
    {
        await using var db = contexts.Create();
        await db.Database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(RawAnnualByLanguage, (NpgsqlConnection)db.Database.GetDbConnection()) { CommandTimeout = 600 };
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlTypes.NpgsqlDbType.Date) { Value = from });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlTypes.NpgsqlDbType.Date) { Value = to });
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetString(0)}|{reader.GetString(1)}|{reader.GetInt64(2)}|{reader.GetInt64(3)}");
        }
        return rows;
    }

    private static string Line(object?[] row) => string.Join('|', row);

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
