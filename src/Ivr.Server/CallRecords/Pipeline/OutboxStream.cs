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

    public async Task<(StreamEntry[] Entries, long TrimmedUnwritten, long Length)> ReadAsync(IDatabaseAsync db, int count, TimeSpan claimIdle)
    {
        var reply = (RedisResult[])(await db.ScriptEvaluateAsync(OutboxScripts.Read, [Events, TrimmedUnwritten],
            [group, consumer, count, (long)claimIdle.TotalMilliseconds]))!;
        var entries = ((RedisResult[])reply[3]!).Select(ToEntry).ToArray();
        return (entries, (long)reply[1], (long)reply[2]);
    }

    /// <returns>Trimmed entries counted now, the lag (undelivered plus pending) and the stream's length after trimming.</returns>
    public async Task<(long TrimmedUnwritten, long Lag, long Length)> AckAndTrimAsync(IDatabaseAsync db, IReadOnlyList<StreamedEvent> batch)
    {
        var trimmed = batch.Where(e => e.Trimmed).Select(e => (RedisValue)e.StreamId);
        var ids = batch.Where(e => !e.Trimmed).Select(e => (RedisValue)e.StreamId);
        RedisValue[] arguments = [group, (long)TailReadersMargin.TotalMilliseconds, batch.Count(e => e.Trimmed), .. trimmed, .. ids];
        var reply = (RedisResult[])(await db.ScriptEvaluateAsync(OutboxScripts.AckAndTrim, [Events, TrimmedUnwritten], arguments))!;
        return ((long)reply[0], (long)reply[1], (long)reply[2]);
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
