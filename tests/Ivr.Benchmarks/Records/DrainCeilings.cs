using System.Diagnostics;
using System.Text.Json;
using Ivr.Acd;
using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.CallRecords.Pipeline;
using Npgsql;
using NpgsqlTypes;
using StackExchange.Redis;

namespace Ivr.Benchmarks.Records;

/// <summary>
/// Two bounds for the drain (<c>records --ingest-ceilings</c>). The writer's Redis side alone: the same
/// events read in backlog batches, parsed and prepared (number protected, fields serialised), acknowledged and
/// trimmed, with no PostgreSQL at all; the writer cannot be faster than that whatever it stores. And a raw COPY of one
/// row per call carrying its events as a jsonb array: the least a writer that kept the events on the call's row
/// instead of in <c>call_events</c> would have to store.
/// </summary>
public sealed class DrainCeilings(IConnectionMultiplexer redis, CallEventBatchStore store, int backlogBatchSize)
{
    public async Task<double> OutboxAloneSecondsAsync(IEnumerable<CallEvent> events)
    {
        var keys = new ContactCenterKeys($"bench-{Guid.NewGuid():N}");
        var db = redis.GetDatabase();
        foreach (var chunk in events.Chunk(1000))
        {
            await Task.WhenAll(chunk.Select(e => CallEventStream.AppendAsync(db, keys, e)));
        }
        var outbox = new OutboxStream(keys, "bench-ceiling", "bench");
        await db.StreamCreateConsumerGroupAsync(keys.Events, "bench-ceiling", StreamPosition.Beginning);
        var reader = new NewEntriesReader(outbox, store.Prepare);
        var watch = Stopwatch.StartNew();
        while ((await reader.TakeAsync(db, backlogBatchSize)).Batch is { Count: > 0 } batch)
        {
            await outbox.AckAndTrimAsync(db, batch);
        }
        var seconds = watch.Elapsed.TotalSeconds;
        await db.KeyDeleteAsync([keys.Events, outbox.TrimmedUnwritten]);
        return seconds;
    }

    public static async Task<double> CopyRowsWithEventsSecondsAsync(NpgsqlConnection connection, IReadOnlyList<CallRecord> rows, IReadOnlyList<List<CallEvent>> events)
    {
        await ExecuteAsync(connection, "CREATE TABLE records.calls_with_events_bench (LIKE records.calls INCLUDING ALL, events jsonb NOT NULL)");
        var watch = Stopwatch.StartNew();
        await using (var importer = await connection.BeginBinaryImportAsync(
            $"COPY records.calls_with_events_bench ({string.Join(", ", CallRowUpsert.Columns.Select(c => c.Column))}, events) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                await importer.StartRowAsync();
                foreach (var column in CallRowUpsert.Columns)
                {
                    await column.Copy(importer, rows[i], CancellationToken.None);
                }
                var stored = events[i].Select(e => new { id = e.EventId, type = e.Type, at = e.At, fields = e.Fields });
                await importer.WriteAsync(JsonSerializer.Serialize(stored), NpgsqlDbType.Jsonb);
            }
            await importer.CompleteAsync();
        }
        var seconds = watch.Elapsed.TotalSeconds;
        await ExecuteAsync(connection, "DROP TABLE records.calls_with_events_bench");
        return seconds;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
