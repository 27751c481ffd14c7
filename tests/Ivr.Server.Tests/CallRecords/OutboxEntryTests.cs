using System.Globalization;
using Ivr.Acd.Events;
using Ivr.Server.Tests.Infrastructure;
using StackExchange.Redis;

namespace Ivr.Server.Tests.CallRecords;

/// <summary>Entries in the stream's earlier format (one field per name), left in the stream across an upgrade.</summary>
public sealed class OutboxEntryTests
{
    [Test]
    public async Task RunOnce_EntriesOfBothFormatsInterleaved_GivesTheSameTablesAsThePackedOnes()
    {
        await using var packed = await RecordsPipeline.StartAsync();
        await packed.AppendAsync(ScriptedDay.Events());
        await packed.DrainAsync(packed.Writer("a"));
        await using var upgraded = await RecordsPipeline.StartAsync();
        var redis = TestServices.RedisConnection.GetDatabase();

        var index = 0;
        foreach (var callEvent in ScriptedDay.Events())
        {
            await redis.StreamAddAsync(upgraded.Keys.Events, index++ % 2 == 0 ? EarlierFormat(callEvent) : CallEventStream.ToEntry(callEvent));
        }
        await upgraded.DrainAsync(upgraded.Writer("a"));

        Assert.That(await upgraded.SnapshotAsync(), Is.EqualTo(await packed.SnapshotAsync()));
        Assert.That(await upgraded.ScalarAsync("SELECT count(*) FROM records.quarantined_events"), Is.Zero);
    }

    // What every producer wrote before the packed entry.
    private static NameValueEntry[] EarlierFormat(CallEvent callEvent) =>
    [
        new(CallEvent.EventIdField, callEvent.EventId),
        new(CallEvent.TypeField, callEvent.Type),
        new(CallEvent.CallSidField, callEvent.CallSid),
        new(CallEvent.AtField, callEvent.At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
        .. callEvent.Fields.Select(field => new NameValueEntry(field.Key, field.Value)),
    ];
}
