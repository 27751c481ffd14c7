using Ivr.Acd;
using StackExchange.Redis;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>The writer's side of the event stream: read a batch, acknowledge and trim it, each in one round trip (<see cref="OutboxScripts"/>).</summary>
public sealed class OutboxStream(ContactCenterKeys keys, string group, string consumer)
{
    public static readonly TimeSpan TailReadersMargin = TimeSpan.FromMinutes(1);

    public RedisKey Events => keys.Events;

    /// <summary>Where the count of entries ever trimmed unwritten is kept: next to the stream, in its hash slot.</summary>
    public RedisKey TrimmedUnwritten => TrimmedUnwrittenKey(keys);

    public static RedisKey TrimmedUnwrittenKey(ContactCenterKeys keys) => keys.Events.Append(":trimmed-unwritten");

    /// <summary>This consumer's own pending entries: a batch that failed, or one read before a restart under the same name.</summary>
    public Task<StreamEntry[]> ReadPendingAsync(IDatabaseAsync db, int count) =>
        db.StreamReadGroupAsync(Events, group, consumer, StreamPosition.Beginning, count);

    public async Task<(StreamEntry[] Entries, long TrimmedUnwritten)> ClaimAsync(IDatabaseAsync db, int count, TimeSpan claimIdle)
    {
        var reply = (RedisResult[])(await db.ScriptEvaluateAsync(OutboxScripts.Claim, [Events, TrimmedUnwritten],
            [group, consumer, count, (long)claimIdle.TotalMilliseconds]))!;
        return (((RedisResult[])reply[1]!).Select(ToEntry).ToArray(), (long)reply[0]);
    }

    /// <summary>New entries, in one MULTI with the count of what the cap trimmed before this group read it.</summary>
    public async Task<(StreamEntry[] Entries, long TrimmedUnwritten, long Length)> ReadNewAsync(IDatabase db, int count)
    {
        var transaction = db.CreateTransaction();
        var trimmed = transaction.ScriptEvaluateAsync(OutboxScripts.CountTrimmedUnread, [Events, TrimmedUnwritten], [group]);
        var entries = transaction.StreamReadGroupAsync(Events, group, consumer, StreamPosition.NewMessages, count);
        await transaction.ExecuteAsync();
        var reply = (RedisResult[])(await trimmed)!;
        return (await entries, (long)reply[0], (long)reply[1]);
    }

    /// <returns>Trimmed entries counted now, the lag (undelivered plus pending) and the stream's length after trimming.</returns>
    public async Task<Acknowledged> AckAndTrimAsync(IDatabaseAsync db, IReadOnlyList<StreamedEvent> batch)
    {
        var trimmed = batch.Where(e => e.Trimmed).Select(e => (RedisValue)e.StreamId);
        var ids = batch.Where(e => !e.Trimmed).Select(e => (RedisValue)e.StreamId);
        RedisValue[] arguments = [group, (long)TailReadersMargin.TotalMilliseconds, batch.Count(e => e.Trimmed), .. trimmed, .. ids];
        var reply = (RedisResult[])(await db.ScriptEvaluateAsync(OutboxScripts.AckAndTrim, [Events, TrimmedUnwritten], arguments))!;
        return new Acknowledged((long)reply[0], (long)reply[1], (long)reply[2]);
    }

    // {id, {name, value, ...}}, or {id, nil} for an entry still pending whose content was trimmed.
    private static StreamEntry ToEntry(RedisResult result)
    {
        var pair = (RedisResult[])result!;
        if (pair[1].IsNull)
        {
            return new StreamEntry((RedisValue)pair[0], []);
        }
        var values = (RedisResult[])pair[1]!;
        var fields = new NameValueEntry[values.Length / 2];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = new NameValueEntry((RedisValue)values[2 * i], (RedisValue)values[2 * i + 1]);
        }
        return new StreamEntry((RedisValue)pair[0], fields);
    }
}
