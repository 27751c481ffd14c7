using System.Text.Json;
using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Folding;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.CallRecords.Privacy;
using Ivr.Server.CallRecords.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// Writes one batch of streamed events in one PostgreSQL transaction: new events into the append-only table (a known
/// event id is ignored), each touched call refolded from all its stored events, and the rollups moved by the
/// difference between the call as it was counted and as it is now. A replayed batch therefore changes nothing.
/// </summary>
public sealed class CallEventBatchStore(RecordsContextSource contexts, CallerProtector protector, IOptions<CallRecordsOptions> options, TimeProvider clock)
{
    private readonly TimeZoneInfo timeZone = options.Value.ResolveTimeZone();

    public EventQuarantine Quarantine { get; } = new(protector, clock);

    /// <summary>Quarantines one event in a transaction of its own.</summary>
    public async Task QuarantineAsync(QuarantinedEvent row, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await EventQuarantine.InsertAsync((NpgsqlConnection)db.Database.GetDbConnection(), null, [row], cancellationToken);
    }

    /// <returns>How many events were new.</returns>
    public async Task<int> WriteAsync(IReadOnlyList<StreamedEvent> batch, Func<WriterStage, CancellationToken, Task>? atStage, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var npgsqlTransaction = (NpgsqlTransaction)transaction.GetDbTransaction();

        // Entries that are not events (unreadable, or trimmed before they were written) are kept in the quarantine.
        await EventQuarantine.InsertAsync(connection, npgsqlTransaction, batch.Where(e => e.Event is null).Select(Quarantine.Row).ToList(), cancellationToken);
        var rows = batch.Where(e => e.Event is not null).Select(ToStored).DistinctBy(row => row.EventId).ToList();
        // Two writers folding the same call serialise here, so each sees the other's committed events.
        await LockCallsAsync(db, rows.Select(row => row.CallSid).Where(sid => sid.Length > 0).Distinct().Order(StringComparer.Ordinal).ToArray(), cancellationToken);
        var inserted = await InsertNewAsync(connection, npgsqlTransaction, rows, cancellationToken);

        var delta = new RollupDelta();
        foreach (var idle in inserted.Where(row => CounselorEvents.IdleEnding.Contains(row.Type)))
        {
            delta.AddIdle(idle, timeZone);
        }
        var changed = inserted.Where(row => row.Type != CounselorEvents.Idle && row.CallSid.Length > 0).GroupBy(row => row.CallSid).ToList();
        if (changed.Count > 0)
        {
            var sids = changed.Select(call => call.Key).ToList();
            var before = await db.Calls.AsNoTracking().Where(row => sids.Contains(row.CallSid)).ToDictionaryAsync(row => row.CallSid, cancellationToken);
            // A call without a row has no stored events but this batch's (its events and its row are written in one
            // transaction): it folds from memory. Only calls seen before are read back, to refold from all their events.
            var seen = sids.Where(before.ContainsKey).ToList();
            var stored = seen.Count == 0 ? [] : await db.CallEvents.AsNoTracking().Where(row => seen.Contains(row.CallSid)).ToListAsync(cancellationToken);
            var events = stored.ToLookup(row => row.CallSid);
            var folded = new List<CallRecord>(changed.Count);
            foreach (var call in changed)
            {
                var after = CallFolder.Fold(call.Key, (before.ContainsKey(call.Key) ? events[call.Key] : call).Select(ToCallEvent), timeZone);
                delta.Change(before.GetValueOrDefault(call.Key), after);
                folded.Add(after);
            }
            await CallRowUpsert.ExecuteAsync(connection, npgsqlTransaction, folded, cancellationToken);
        }
        await RollupWriter.ApplyAsync(connection, npgsqlTransaction, delta, cancellationToken);

        if (atStage is not null)
        {
            await atStage(WriterStage.BeforeCommit, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return inserted.Count;
    }

    private StoredCallEvent ToStored(StreamedEvent streamed)
    {
        var e = streamed.Event!;
        return new StoredCallEvent
        {
            EventId = e.EventId.Length > 0 ? e.EventId : "stream:" + streamed.StreamId,
            StreamId = streamed.StreamId,
            CallSid = e.CallSid,
            Type = e.Type,
            At = e.At,
            Fields = JsonSerializer.Serialize(protector.Protect(e.Fields)),
            WrittenAt = clock.GetUtcNow(),
        };
    }

    private static CallEvent ToCallEvent(StoredCallEvent row) =>
        new(row.EventId, row.Type, row.CallSid, row.At, JsonSerializer.Deserialize<Dictionary<string, string>>(row.Fields)!);

    private static async Task LockCallsAsync(RecordsDbContext db, string[] callSids, CancellationToken cancellationToken)
    {
        if (callSids.Length > 0)
        {
            await db.Database.ExecuteSqlRawAsync(
                "SELECT pg_advisory_xact_lock(hashtextextended(sid, 1345)) FROM unnest(@p0::text[]) WITH ORDINALITY AS s(sid, i) ORDER BY i",
                [new NpgsqlParameter("p0", callSids)], cancellationToken);
        }
    }

    private static async Task<List<StoredCallEvent>> InsertNewAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<StoredCallEvent> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }
        await using var command = new NpgsqlCommand("""
            INSERT INTO records.call_events (event_id, stream_id, call_sid, type, at, fields, written_at)
            SELECT * FROM unnest(@ids, @streams, @calls, @types, @ats, @fields::jsonb[], @written)
            ON CONFLICT (event_id) DO NOTHING
            RETURNING event_id
            """, connection, transaction);
        command.Parameters.AddWithValue("ids", rows.Select(row => row.EventId).ToArray());
        command.Parameters.AddWithValue("streams", rows.Select(row => row.StreamId).ToArray());
        command.Parameters.AddWithValue("calls", rows.Select(row => row.CallSid).ToArray());
        command.Parameters.AddWithValue("types", rows.Select(row => row.Type).ToArray());
        command.Parameters.AddWithValue("ats", rows.Select(row => row.At).ToArray());
        command.Parameters.AddWithValue("fields", rows.Select(row => row.Fields).ToArray());
        command.Parameters.AddWithValue("written", rows.Select(row => row.WrittenAt).ToArray());
        var isNew = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            isNew.Add(reader.GetString(0));
        }
        var inserted = rows.Where(row => isNew.Contains(row.EventId)).ToList();
        return inserted;
    }
}
