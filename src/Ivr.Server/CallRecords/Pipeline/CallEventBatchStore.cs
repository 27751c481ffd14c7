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
        var writtenAt = clock.GetUtcNow();
        var events = batch.Where(e => e.Event is not null).Select(e => e.Prepared ?? Protect(e)).DistinctBy(e => e.Row.EventId).ToList();
        events.ForEach(e => e.Row.WrittenAt = writtenAt);
        var sids = events.Where(e => FoldsIntoCall(e.Row)).Select(e => e.Row.CallSid).Distinct().Order(StringComparer.Ordinal).ToArray();
        // Two writers folding the same call serialise here, so each sees the other's committed events and row; an event
        // of no call is locked by its id, so that no two writers both find it unknown and both insert it.
        await LockAsync(db, sids.Concat(events.Where(e => !FoldsIntoCall(e.Row)).Select(e => "event:" + e.Row.EventId)).Distinct().Order(StringComparer.Ordinal).ToArray(), cancellationToken);
        var before = sids.Length == 0 ? [] : await db.Calls.FromSql($"SELECT * FROM records.calls WHERE call_sid = ANY({sids})").AsNoTracking().ToDictionaryAsync(row => row.CallSid, cancellationToken);
        var inserted = await CallEventInsert.ExecuteAsync(connection, npgsqlTransaction, events, e => FoldsIntoCall(e.Row) && !before.ContainsKey(e.Row.CallSid), cancellationToken);

        var delta = new RollupDelta(timeZone);
        foreach (var idle in inserted.Where(e => CounselorEvents.IdleEnding.Contains(e.Row.Type)))
        {
            delta.AddIdle(idle.Row);
        }
        var changed = inserted.Where(e => FoldsIntoCall(e.Row)).GroupBy(e => e.Row.CallSid).ToList();
        if (changed.Count > 0)
        {
            // A call without a row has no stored events but this batch's (its events and its row are written in one
            // transaction): it folds from memory. Only calls seen before are read back, to refold from all their events.
            var seen = changed.Select(call => call.Key).Where(before.ContainsKey).ToArray();
            var stored = seen.Length == 0 ? [] : await db.CallEvents.FromSql($"SELECT * FROM records.call_events WHERE call_sid = ANY({seen})").AsNoTracking().ToListAsync(cancellationToken);
            var storedByCall = stored.ToLookup(row => row.CallSid);
            var created = new List<CallRecord>(changed.Count);
            var updated = new List<CallRecord>(seen.Length);
            foreach (var call in changed)
            {
                var existing = before.GetValueOrDefault(call.Key);
                var after = CallFolder.Fold(call.Key, existing is null ? call.Select(e => e.Event) : storedByCall[call.Key].Select(ToCallEvent), timeZone);
                delta.Change(existing, after);
                (existing is null ? created : updated).Add(after);
            }
            await CallRowCopy.WriteAsync(connection, created, cancellationToken);
            await CallRowUpsert.ExecuteAsync(connection, npgsqlTransaction, updated, cancellationToken);
        }
        await RollupWriter.ApplyAsync(connection, npgsqlTransaction, delta, cancellationToken);

        if (atStage is not null)
        {
            await atStage(WriterStage.BeforeCommit, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return inserted.Count;
    }

    // counselor.idle carries no call (its CallSid is empty) and makes no call row.
    private static bool FoldsIntoCall(StoredCallEvent row) => row.CallSid.Length > 0 && row.Type != CounselorEvents.Idle;

    /// <summary>
    /// Replaces the caller's number and serialises the fields ahead of the write (the writer does it while the previous
    /// batch's transaction runs).
    /// </summary>
    public StreamedEvent Prepare(StreamedEvent streamed)
    {
        try
        {
            return streamed.Event is null ? streamed : streamed with { Prepared = Protect(streamed) };
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return streamed; // it fails again in the write, where a failure on an event's data quarantines it
        }
    }

    private ProtectedEvent Protect(StreamedEvent streamed)
    {
        var e = streamed.Event!;
        var fields = protector.Protect(e.Fields);
        var row = new StoredCallEvent
        {
            EventId = e.EventId.Length > 0 ? e.EventId : "stream:" + streamed.StreamId,
            StreamId = streamed.StreamId,
            CallSid = e.CallSid,
            Type = e.Type,
            At = e.At,
            Fields = JsonSerializer.Serialize(fields),
        };
        return new ProtectedEvent(row, new CallEvent(row.EventId, row.Type, row.CallSid, row.At, fields));
    }

    private static CallEvent ToCallEvent(StoredCallEvent row) =>
        new(row.EventId, row.Type, row.CallSid, row.At, JsonSerializer.Deserialize<Dictionary<string, string>>(row.Fields)!);

    private static async Task LockAsync(RecordsDbContext db, string[] keys, CancellationToken cancellationToken)
    {
        if (keys.Length > 0)
        {
            await db.Database.ExecuteSqlRawAsync(
                "SELECT pg_advisory_xact_lock(hashtextextended(sid, 1345)) FROM unnest(@p0::text[]) WITH ORDINALITY AS s(sid, i) ORDER BY i",
                [new NpgsqlParameter("p0", keys)], cancellationToken);
        }
    }
}
