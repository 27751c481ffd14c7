using System.Diagnostics;
using Ivr.Acd;
using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Demo;
using Ivr.Server.CallRecords.Folding;
using Ivr.Server.CallRecords.Pipeline;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using StackExchange.Redis;

namespace Ivr.Benchmarks.Records;

/// <summary>Records per second through the whole pipeline (stream, writer, fold, rollups) next to a raw COPY of the same rows.</summary>
public sealed class IngestBenchmark(IConnectionMultiplexer redis, RecordsContextSource contexts, Func<ContactCenterKeys, CallRecordWriter> writerFor, TimeZoneInfo timeZone,
    DrainCeilings? ceilings = null)
{
    /// <returns>
    /// Calls per second through the pipeline; call rows per second by a raw binary COPY; calls per second when a raw
    /// COPY writes what the pipeline must write for each call (its events into a copy of <c>call_events</c>, then its
    /// row); and, when asked, the <see cref="DrainCeilings"/>.
    /// </returns>
    public async Task<IngestRound> RunAsync(int calls)
    {
        await EmptyRecordsAsync();
        var keys = new ContactCenterKeys($"bench-{Guid.NewGuid():N}");
        var start = new DateTimeOffset(2031, 3, 3, 9, 0, 0, TimeSpan.FromHours(9));
        var random = new Random(1345);
        var perCall = Enumerable.Range(0, calls).Select(i => Events($"BENCH-{i:D7}", start.AddSeconds(i * 3), random)).ToList();
        var db = redis.GetDatabase();
        foreach (var chunk in perCall.SelectMany(events => events).Chunk(1000))
        {
            await Task.WhenAll(chunk.Select(e => CallEventStream.AppendAsync(db, keys, e)));
        }

        var writer = writerFor(keys);
        var watch = Stopwatch.StartNew();
        while (await writer.RunOnceAsync(CancellationToken.None))
        {
        }
        var pipelineSeconds = watch.Elapsed.TotalSeconds;
        await db.KeyDeleteAsync(keys.Events);

        var rows = perCall.Select(events => CallFolder.Fold(events[0].CallSid, events, timeZone)).ToList();
        await using var context = contexts.Create();
        await context.Database.OpenConnectionAsync();
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        await CheckWrittenAsync(connection, calls, perCall.Sum(events => events.Count));
        await using (var create = new NpgsqlCommand("CREATE TABLE records.calls_copy_bench (LIKE records.calls INCLUDING ALL)", connection))
        {
            await create.ExecuteNonQueryAsync();
        }
        watch.Restart();
        await using (var copy = await DemoCallCopy.BeginAsync(connection, CancellationToken.None, "records.calls_copy_bench"))
        {
            foreach (var row in rows)
            {
                await copy.WriteAsync(row, CancellationToken.None);
            }
            await copy.CompleteAsync(CancellationToken.None);
        }
        var copySeconds = watch.Elapsed.TotalSeconds;
        var eventsCopySeconds = await CopyEventsAsync(connection, perCall.SelectMany(events => events));
        await using (var drop = new NpgsqlCommand("DROP TABLE records.calls_copy_bench, records.call_events_copy_bench", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }
        var round = new IngestRound(calls / pipelineSeconds, calls / copySeconds, calls / (copySeconds + eventsCopySeconds), perCall.Sum(events => events.Count));
        if (ceilings is null)
        {
            return round;
        }
        var withEventsSeconds = await DrainCeilings.CopyRowsWithEventsSecondsAsync(connection, rows, perCall);
        var outboxSeconds = await ceilings.OutboxAloneSecondsAsync(perCall.SelectMany(events => events));
        return round with { OutboxAlone = calls / outboxSeconds, CopyRowsWithEventsJsonb = calls / withEventsSeconds };
    }

    // Each round starts from empty records tables, as the COPY baselines start from empty copies of them.
    private async Task EmptyRecordsAsync()
    {
        await using var context = contexts.Create();
        await context.Database.ExecuteSqlRawAsync(
            "TRUNCATE records.calls, records.call_events, records.daily_language, records.daily_dimension, records.hourly_arrivals, records.counselor_daily");
    }

    // A fast pipeline that lost rows would be no result: every call and event must be there, and counted once.
    private static async Task CheckWrittenAsync(NpgsqlConnection connection, int calls, int events)
    {
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM records.calls WHERE outcome = 'answered'), (SELECT count(*) FROM records.call_events),
                   (SELECT coalesce(sum(answered), 0) FROM records.daily_language)
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (rows, stored, answered) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        if (rows != calls || stored != events || answered != calls)
        {
            throw new InvalidOperationException($"the pipeline wrote {rows} answered calls, {stored} events and counted {answered} answered; expected {calls}, {events}, {calls}");
        }
    }

    private static async Task<double> CopyEventsAsync(NpgsqlConnection connection, IEnumerable<CallEvent> events)
    {
        await using (var create = new NpgsqlCommand("CREATE TABLE records.call_events_copy_bench (LIKE records.call_events INCLUDING ALL)", connection))
        {
            await create.ExecuteNonQueryAsync();
        }
        var written = DateTimeOffset.UnixEpoch;
        var watch = Stopwatch.StartNew();
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY records.call_events_copy_bench (event_id, stream_id, call_sid, type, at, fields, written_at) FROM STDIN (FORMAT BINARY)");
        foreach (var e in events)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(e.EventId, NpgsqlTypes.NpgsqlDbType.Text);
            await copy.WriteAsync(e.EventId, NpgsqlTypes.NpgsqlDbType.Text);
            await copy.WriteAsync(e.CallSid, NpgsqlTypes.NpgsqlDbType.Text);
            await copy.WriteAsync(e.Type, NpgsqlTypes.NpgsqlDbType.Text);
            await copy.WriteAsync(e.At.ToUniversalTime(), NpgsqlTypes.NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(System.Text.Json.JsonSerializer.Serialize(e.Fields), NpgsqlTypes.NpgsqlDbType.Jsonb);
            await copy.WriteAsync(written, NpgsqlTypes.NpgsqlDbType.TimestampTz);
        }
        await copy.CompleteAsync();
        return watch.Elapsed.TotalSeconds;
    }

    private static List<CallEvent> Events(string sid, DateTimeOffset at, Random random)
    {
        var wait = random.Next(60);
        var talk = 60 + random.Next(400);
        CallEvent E(int n, string type, int offset, params (string, string)[] fields) =>
            new($"{sid}-{n}", type, sid, at.AddSeconds(offset), fields.ToDictionary(f => f.Item1, f => f.Item2));
        return
        [
            E(1, CallEventTypes.CallArrived, 0, ("from", $"+82 10-{random.Next(10_000_000):0000-0000}"), ("to", "1345")),
            E(2, CallEventTypes.LanguageChosen, 10, ("language", "zh")),
            E(3, CallEventTypes.QueueJoined, 12, ("language", "zh")),
            E(4, CallEventTypes.Answered, 12 + wait, ("counselor", $"c{random.Next(100):000}")),
            E(5, CallEventTypes.CallEnded, 12 + wait + talk, ("status", "completed")),
            E(6, CallEventTypes.WrapUpCompleted, 42 + wait + talk, ("counselor", "c001"), ("residencyStatus", "F-4"), ("topic", "VISA")),
        ];
    }
}
