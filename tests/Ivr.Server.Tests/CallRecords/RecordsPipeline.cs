using Ivr.Acd;
using Ivr.Acd.Events;
using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.CallRecords.Privacy;
using Ivr.Server.Data;
using Ivr.Server.Institutions;
using Ivr.Server.Reporting;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using StackExchange.Redis;

namespace Ivr.Server.Tests.CallRecords;

/// <summary>
/// The call-record pipeline on the real Redis (a stream of its own) and a fresh PostgreSQL database, wired as the
/// server wires it, with a fault injector on the writer's connections.
/// </summary>
public sealed class RecordsPipeline : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private RecordsPipeline(string postgres, CallRecordsOptions options)
    {
        Postgres = postgres;
        Options = options;
        Keys = new ContactCenterKeys(options.ContactCenter);
        services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IConnectionMultiplexer>(TestServices.RedisConnection)
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(new ConnectionStringsOptions { Postgres = postgres, Redis = TestServices.Redis }))
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(options))
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(new ReportingOptions()))
            .AddSingleton(new RecordsWriterInterceptor(Faults))
            .AddSingleton<RecordsContextSource>()
            .AddSingleton<CallerProtector>()
            .AddSingleton<CallEventBatchStore>()
            .AddSingleton<WriterStatus>()
            .AddSingleton<RecordsRetention>()
            .AddSingleton<ReportSql>()
            .AddSingleton<VolumeReports>()
            .AddSingleton<ServiceReports>()
            .AddSingleton<CallbackReports>()
            .AddSingleton<QualityReports>()
            .AddSingleton<InstitutionReports>()
            .AddSingleton<LawyerReports>()
            .AddSingleton<CallReports>()
            .BuildServiceProvider();
    }

    public string Postgres { get; }
    public CallRecordsOptions Options { get; }
    public ContactCenterKeys Keys { get; }
    public FaultInjector Faults { get; } = new();
    public WriterStatus Status => services.GetRequiredService<WriterStatus>();
    public CallReports Reports => services.GetRequiredService<CallReports>();
    public IServiceProvider Services => services;

    public static async Task<RecordsPipeline> StartAsync(Action<CallRecordsOptions>? configure = null)
    {
        var postgres = await TestServices.CreateDatabaseAsync("ivr_records");
        var options = new CallRecordsOptions
        {
            ContactCenter = $"records-{Guid.NewGuid():N}",
            CallerHashKey = "test-caller-hash-key-0123456789abcdef",
            PollInterval = TimeSpan.FromMilliseconds(20),
            RetryDelay = TimeSpan.FromMilliseconds(100),
            ClaimIdleTime = TimeSpan.FromMilliseconds(200),
        };
        configure?.Invoke(options);
        // Tests choose their batch size to cut the stream where they mean to; a backlog does not change it unless they say so.
        if (options.BacklogBatchSize == new CallRecordsOptions().BacklogBatchSize)
        {
            options.BacklogBatchSize = options.BatchSize;
        }
        var pipeline = new RecordsPipeline(postgres, options);
        await using var db = pipeline.services.GetRequiredService<RecordsContextSource>().Create();
        await db.Database.MigrateAsync();
        // The institution reports name institutions from the directory.
        var directoryOptions = new DbContextOptionsBuilder<InstitutionsDbContext>();
        directoryOptions.UseIvrPostgres(postgres, InstitutionsDbContext.Schema);
        await using var directory = new InstitutionsDbContext(directoryOptions.Options);
        await directory.Database.MigrateAsync();
        return pipeline;
    }

    public CallRecordWriter Writer(string consumer, WriterHooks? hooks = null)
    {
        var options = Microsoft.Extensions.Options.Options.Create(new CallRecordsOptions
        {
            ContactCenter = Options.ContactCenter, CallerHashKey = Options.CallerHashKey, PollInterval = Options.PollInterval,
            RetryDelay = Options.RetryDelay, ClaimIdleTime = Options.ClaimIdleTime, BatchSize = Options.BatchSize,
            BacklogBatchSize = Options.BacklogBatchSize,
            LagDegradedThreshold = Options.LagDegradedThreshold, ConsumerName = consumer,
        });
        return new CallRecordWriter(TestServices.RedisConnection, services.GetRequiredService<CallEventBatchStore>(), options,
            Status, TimeProvider.System, services.GetRequiredService<ILogger<CallRecordWriter>>(), hooks);
    }

    public async Task AppendAsync(IEnumerable<CallEvent> events)
    {
        var redis = TestServices.RedisConnection.GetDatabase();
        foreach (var callEvent in events)
        {
            await CallEventStream.AppendAsync(redis, Keys, callEvent);
        }
    }

    /// <summary>Runs <paramref name="writer"/> batch by batch until the group has nothing pending or undelivered.</summary>
    public async Task DrainAsync(CallRecordWriter writer)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (!await writer.RunOnceAsync(CancellationToken.None) && await writer.MeasureLagAsync(TestServices.RedisConnection.GetDatabase()) == 0)
            {
                return;
            }
        }
        Assert.Fail("the writer did not drain the stream");
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The single value <paramref name="sql"/> selects, as text.</summary>
    public async Task<string> TextAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT ({sql})::text", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Every row of every records table as text, to compare the database before and after a replay.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        var tables = new[] { "calls", "daily_language", "daily_dimension", "hourly_arrivals", "counselor_daily", "daily_callbacks", "daily_interval" };
        var snapshot = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') FROM records.{table} t", connection);
            snapshot.Append(table).Append('\n').Append(await command.ExecuteScalarAsync()).Append('\n');
        }
        snapshot.Append("events ").Append(await ScalarAsync("SELECT count(*) FROM records.call_events"));
        return snapshot.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await TestServices.RedisConnection.GetDatabase().KeyDeleteAsync(Keys.Events);
        await services.DisposeAsync();
        await TestServices.DropDatabaseAsync(Postgres);
    }
}
