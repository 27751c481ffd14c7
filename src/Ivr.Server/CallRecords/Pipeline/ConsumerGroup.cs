using StackExchange.Redis;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// The writer's consumer group on the event stream. It is made once the stream exists (from its first entry), so an
/// idle instance creates no keys; made again after the stream was deleted and recreated (<see cref="Reset"/>).
/// </summary>
public sealed class ConsumerGroup(RedisKey stream, string name, WriterStatus status)
{
    private bool ready;

    public void Reset() => ready = false;

    /// <returns>Whether the group exists; false while the stream does not.</returns>
    public async Task<bool> EnsureAsync(IDatabaseAsync db)
    {
        if (ready)
        {
            return true;
        }
        if (!await db.KeyExistsAsync(stream))
        {
            status.LagMeasured(0);
            return false;
        }
        try
        {
            await db.StreamCreateConsumerGroupAsync(stream, name, StreamPosition.Beginning, createStream: false);
        }
        catch (RedisServerException exception) when (exception.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
        }
        ready = true;
        return true;
    }

    /// <returns>Entries not yet written: undelivered plus pending.</returns>
    public async Task<long> MeasureLagAsync(IDatabaseAsync db)
    {
        var group = await db.KeyExistsAsync(stream)
            ? (await db.StreamGroupInfoAsync(stream)).FirstOrDefault(info => info.Name == name)
            : default;
        var lag = group.Name is null ? 0 : (group.Lag ?? 0) + group.PendingMessageCount;
        status.LagMeasured(lag);
        return lag;
    }
}
