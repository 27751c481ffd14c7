using Npgsql;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// Inserts a batch's events that are not stored yet by binary COPY (a multi-row insert, much cheaper than row-by-row
/// <c>ON CONFLICT</c>). Which are new is asked of the table only for events that may be known; an event of a call with
/// no row cannot be, since a call's events and its row are committed together. The caller holds the locks that keep
/// another writer from inserting the same events meanwhile.
/// </summary>
public static class CallEventInsert
{
    /// <returns>The events that were new, now inserted.</returns>
    public static async Task<List<ProtectedEvent>> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ProtectedEvent> events,
        Func<ProtectedEvent, bool> knownNew, CancellationToken cancellationToken)
    {
        var known = await KnownAsync(connection, transaction, events.Where(e => !knownNew(e)).Select(e => e.Row.EventId).ToArray(), cancellationToken);
        var inserted = events.Where(e => !known.Contains(e.Row.EventId)).ToList();
        if (inserted.Count > 0)
        {
            await CallEventCopy.WriteAsync(connection, "records.call_events", inserted.Select(e => e.Row).ToList(), cancellationToken);
        }
        return inserted;
    }

    private static async Task<HashSet<string>> KnownAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string[] eventIds, CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        if (eventIds.Length == 0)
        {
            return known;
        }
        await using var command = new NpgsqlCommand("SELECT event_id FROM records.call_events WHERE event_id = ANY($1)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = eventIds });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            known.Add(reader.GetString(0));
        }
        return known;
    }
}
