using StackExchange.Redis;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// Reads new entries from the outbox, parsed; while a backlog drains, the next batch is read during the current
/// batch's transaction (<see cref="Prefetch"/>). Prefetched entries are pending for this consumer like any it read:
/// if the current batch fails they are dropped here and read again with the consumer's own pending entries.
/// </summary>
public sealed class NewEntriesReader(OutboxStream outbox, Func<StreamedEvent, StreamedEvent> prepare)
{
    private Task<NewEntries>? prefetched;

    public OutboxStream Outbox => outbox;

    /// <summary>Whether the next batch is being read ahead (a backlog drains).</summary>
    public bool HasPrefetched => prefetched is not null;

    /// <summary>The prefetched batch if there is one, else <paramref name="count"/> new entries read now.</summary>
    public Task<NewEntries> TakeAsync(IDatabase db, int count)
    {
        var reading = prefetched ?? ReadAsync(db, count);
        prefetched = null;
        return reading;
    }

    public void Prefetch(IDatabase db, int count) => prefetched ??= ReadAsync(db, count);

    /// <summary>Waits for the prefetched read, if any, and forgets its entries.</summary>
    /// <returns>The entries it counted as trimmed unwritten.</returns>
    public async Task<long> DiscardAsync()
    {
        var reading = prefetched;
        prefetched = null;
        return reading is null ? 0 : (await reading).TrimmedUnread;
    }

    // Parsing and preparing run on the continuation, so a prefetched batch is made ready while the current one is written.
    private async Task<NewEntries> ReadAsync(IDatabase db, int count)
    {
        var (entries, trimmedUnread, length) = await outbox.ReadNewAsync(db, count);
        return new NewEntries(entries.Select(entry => prepare(StreamEntryReader.Read(entry))).ToList(), trimmedUnread, length);
    }
}

/// <summary>New entries as read, what the cap trimmed before the group read them, and the stream's length.</summary>
public sealed record NewEntries(List<StreamedEvent> Batch, long TrimmedUnread, long Length);
