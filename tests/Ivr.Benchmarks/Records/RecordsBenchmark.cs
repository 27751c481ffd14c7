using System.Diagnostics;
using System.Globalization;
using Ivr.Acd;
using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Demo;
using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.CallRecords.Privacy;
using Ivr.Server.Data;
using Ivr.Server.Hosting;
using Ivr.Server.Reporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using StackExchange.Redis;

namespace Ivr.Benchmarks.Records;

/// <summary>
/// <c>records [--years 10] [--ingest-calls 20000] [--ingest-rounds 1] [--batch-size N] [--backlog-batch-size N] [--ingest-ceilings] [--planning]</c>:
/// in a database of its own (dropped at the end), measures ingest through the pipeline against raw COPY (each round
/// side by side, then the medians), then the annual language report for one year and for all years against a raw
/// GROUP BY (with <c>--planning</c> also forecast and requirement against a raw GROUP BY: <see cref="PlanningLatencyBenchmark"/>; <c>--ingest-rounds 0</c> skips ingest), printing Markdown for docs/benchmarks-records.md. The server's services come from its own registrations
/// (<c>AddIvrServer</c>, never started), with the connection strings and <c>CallRecords__CallerHashKey</c> from the
/// environment.
/// </summary>
public static class RecordsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark", ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddIvrServer();
        await using var app = builder.Build();
        return await RunAsync(app.Services, args);
    }

    private static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var years = Option(args, "--years") ?? 10;
        var ingestCalls = Option(args, "--ingest-calls") ?? 20_000;
        var ingestRounds = Option(args, "--ingest-rounds") ?? 1;
        var batchSize = Option(args, "--batch-size") ?? services.GetRequiredService<IOptions<CallRecordsOptions>>().Value.BatchSize;
        var backlogBatchSize = Option(args, "--backlog-batch-size") ?? Math.Max(batchSize, services.GetRequiredService<IOptions<CallRecordsOptions>>().Value.BacklogBatchSize);
        var withCeilings = args.Contains("--ingest-ceilings");
        var withPlanning = args.Contains("--planning");
        var shared = services.GetRequiredService<IOptions<ConnectionStringsOptions>>().Value;
        var database = $"ivr_bench_records_{Guid.NewGuid():N}"[..32];
        var admin = new NpgsqlConnectionStringBuilder(shared.Postgres) { Database = "postgres" }.ConnectionString;
        await ExecuteAsync(admin, $"CREATE DATABASE \"{database}\"");
        try
        {
            var connectionStrings = Options.Create(new ConnectionStringsOptions { Redis = shared.Redis, Postgres = new NpgsqlConnectionStringBuilder(shared.Postgres) { Database = database, CommandTimeout = 600 }.ConnectionString });
            var recordsOptions = services.GetRequiredService<IOptions<CallRecordsOptions>>();
            var contexts = new RecordsContextSource(connectionStrings, []);
            await using (var db = contexts.Create())
            {
                await db.Database.MigrateAsync();
            }
            var clock = services.GetRequiredService<TimeProvider>();
            var protector = new CallerProtector(recordsOptions);
            var store = new CallEventBatchStore(contexts, protector, recordsOptions, clock);
            var redis = services.GetRequiredService<IConnectionMultiplexer>();
            var logger = services.GetRequiredService<ILogger<CallRecordWriter>>();
            CallRecordWriter WriterFor(ContactCenterKeys keys) => new(redis, store, Options.Create(new CallRecordsOptions
            {
                ContactCenter = keys.ContactCenter, CallerHashKey = recordsOptions.Value.CallerHashKey, ConsumerName = "bench", BatchSize = batchSize, BacklogBatchSize = backlogBatchSize,
            }), new WriterStatus(), clock, logger);

            Console.WriteLine($"Database {database}; {Environment.ProcessorCount} cores.");
            var rounds = new List<IngestRound>();
            var ceilings = withCeilings ? new DrainCeilings(redis, store, backlogBatchSize) : null;
            // Round 0 warms up (JIT, connection pools, Redis scripts) and is not counted.
            for (var round = ingestRounds > 1 ? 0 : 1; round <= ingestRounds; round++)
            {
                var ingest = await new IngestBenchmark(redis, contexts, WriterFor, recordsOptions.Value.ResolveTimeZone(), ceilings).RunAsync(ingestCalls);
                if (round > 0)
                {
                    rounds.Add(ingest);
                }
                Console.WriteLine($"| ingest round {(round > 0 ? round : "0 (warm-up)")}, {ingestCalls:N0} calls ({ingest.Events:N0} events), batches of {batchSize} events ({backlogBatchSize} in a backlog) | pipeline {ingest.Pipeline:N0} records/s | raw COPY {ingest.Copy:N0} rows/s | {ingest.Pipeline / ingest.Copy:P1} of COPY | raw COPY of the events and the rows: {ingest.CopyWithEvents:N0} calls/s ({ingest.Pipeline / ingest.CopyWithEvents:P1}) |");
                if (ingest is { OutboxAlone: { } outbox, CopyRowsWithEventsJsonb: { } jsonb })
                {
                    Console.WriteLine($"|   ceilings, same round | writer's Redis side alone (no PostgreSQL) {outbox:N0} calls/s ({outbox / ingest.Copy:P1} of row COPY) | raw COPY of rows carrying their events as jsonb {jsonb:N0} calls/s ({jsonb / ingest.Copy:P1} of row COPY) | raw COPY of the events and the rows: {ingest.CopyWithEvents / ingest.Copy:P1} of row COPY |");
                }
            }
            if (rounds.Count > 0) // --ingest-rounds 0 skips ingest
            {
                Console.WriteLine($"| ingest, median of {ingestRounds} | pipeline {Median(rounds.Select(r => r.Pipeline)):N0} records/s | raw COPY {Median(rounds.Select(r => r.Copy)):N0} rows/s | " +
                    $"{Median(rounds.Select(r => r.Pipeline / r.Copy)):P1} of COPY | raw COPY of the events and the rows: {Median(rounds.Select(r => r.CopyWithEvents)):N0} calls/s ({Median(rounds.Select(r => r.Pipeline / r.CopyWithEvents)):P1}) |");
                if (withCeilings)
                {
                    Console.WriteLine($"| ceilings, median of {ingestRounds} | writer's Redis side alone {Median(rounds.Select(r => r.OutboxAlone!.Value / r.Copy)):P1} of row COPY | " +
                        $"rows carrying their events as jsonb {Median(rounds.Select(r => r.CopyRowsWithEventsJsonb!.Value / r.Copy)):P1} of row COPY | events and rows {Median(rounds.Select(r => r.CopyWithEvents / r.Copy)):P1} of row COPY |");
                }
            }

            var sql = new ReportSql(contexts);
            var reports = new CallReports(new VolumeReports(sql), new ServiceReports(sql), new CallbackReports(sql), new QualityReports(sql), new InstitutionReports(sql), new LawyerReports(sql, recordsOptions));
            var latency = new ReportLatencyBenchmark(contexts, reports);
            var generator = new DemoRecordGenerator(contexts, protector, recordsOptions);
            const int firstYear = Demo1345Figures.Year;
            for (var year = firstYear; year < firstYear + years; year++)
            {
                var watch = Stopwatch.StartNew();
                var written = await generator.GenerateAsync(year);
                Console.WriteLine($"generated {year}: {written:N0} calls in {watch.Elapsed.TotalSeconds:0} s ({written / watch.Elapsed.TotalSeconds:N0} rows/s by COPY)");
                if (year == firstYear || year == firstYear + years - 1)
                {
                    await ExecuteAsync(connectionStrings.Value.Postgres, "VACUUM ANALYZE records.calls");
                    await ExecuteAsync(connectionStrings.Value.Postgres, "VACUUM ANALYZE records.daily_language");
                    var to = new DateOnly(year + 1, 1, 1);
                    var (rollupMs, rawMs, equal) = await latency.RunAsync(new DateOnly(firstYear, 1, 1), to, runs: 5);
                    var calls = await ScalarAsync(connectionStrings.Value.Postgres, "SELECT count(*) FROM records.calls");
                    Console.WriteLine($"| {year - firstYear + 1} year(s), {calls:N0} calls | rollup {rollupMs:0.0} ms | raw GROUP BY {rawMs:0} ms | {rawMs / rollupMs:0}x | same rows: {equal} |");
                    Console.WriteLine("rollup plan:\n" + await latency.ExplainAsync(ReportPlans.RollupAnnualByLanguage, new DateOnly(firstYear, 1, 1), to));
                    Console.WriteLine("raw plan:\n" + await latency.ExplainAsync(ReportLatencyBenchmark.RawAnnualByLanguage, new DateOnly(firstYear, 1, 1), to));
                }
                if (withPlanning && year == firstYear + years - 1)
                {
                    await ExecuteAsync(connectionStrings.Value.Postgres, "VACUUM ANALYZE records.daily_interval");
                    Console.WriteLine(await new PlanningLatencyBenchmark(contexts).RunAsync(new DateOnly(year, 12, 1), runs: 5));
                }
            }
            Console.WriteLine($"database size: {await ScalarAsync(connectionStrings.Value.Postgres, "SELECT pg_database_size(current_database()) / 1048576")} MB");
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static int? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    // Ratios are taken within each round, then their median: the machine's load moves the pipeline and COPY together.
    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
