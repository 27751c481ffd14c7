using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.Tests.Infrastructure;
using StackExchange.Redis;

namespace Ivr.Server.Tests.CallRecords;

/// <summary>
/// The writer drains the stream: what its group has written goes, but for the last minute (the softphone relays tail
/// the stream) and for entries another writer still holds. Entries are given old ids so that their age is known.
/// </summary>
public sealed class StreamTrimTests
{
    private static readonly long TenMinutesAgo = TimeProvider.System.GetUtcNow().AddMinutes(-10).ToUnixTimeMilliseconds();

    private static IEnumerable<CallEvent> Calls(string prefix, int calls) => Enumerable.Range(0, calls).SelectMany(i =>
        new CallScript($"CA-{prefix}-{i}", ScriptedDay.Morning.AddSeconds(i)).Arrive().Join("zh", 0).Answer("c1", 10).End(70).WrapUp("c1", 80, "F-4", "VISA").Events);

    [Test]
    public async Task Writer_AfterWriting_DropsTheWrittenEntriesButTheLastMinute()
    {
        await using var pipeline = await RecordsPipeline.StartAsync(options => options.BatchSize = 64);
        var old = Calls("old", 20).ToList();
        var recent = Calls("recent", 4).ToList();
        await AppendOldAsync(pipeline, old, TenMinutesAgo);
        await pipeline.AppendAsync(recent);

        await pipeline.DrainAsync(pipeline.Writer("a"));

        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.call_events"), Is.EqualTo(old.Count + recent.Count), "everything was written first");
        var left = await Redis.StreamRangeAsync(pipeline.Keys.Events);
        Assert.That(left.Select(entry => CallEventStream.FromEntry(entry).EventId), Is.EqualTo(recent.Select(e => e.EventId)), "only the last minute is left");
    }

    [Test]
    public async Task Writer_AfterWriting_KeepsWhatAnotherWriterStillHolds()
    {
        await using var pipeline = await RecordsPipeline.StartAsync(options => options.BatchSize = 50);
        var events = Calls("held", 10).ToList(); // one batch: the dead writer holds all of them
        var recent = Calls("recent", 4).ToList();
        await AppendOldAsync(pipeline, events, TenMinutesAgo);
        await pipeline.AppendAsync(recent);
        using var kill = new CancellationTokenSource();
        var dying = pipeline.Writer("dies", new WriterHooks((at, token) =>
        {
            if (at == WriterStage.AfterCommitBeforeAck)
            {
                kill.Cancel();
                token.ThrowIfCancellationRequested();
            }
            return Task.CompletedTask;
        }));
        Assert.That(async () => await dying.RunOnceAsync(kill.Token), Throws.InstanceOf<OperationCanceledException>());
        var survivor = pipeline.Writer("survivor");

        // Before the dead writer's batch can be claimed, the survivor writes the recent entries and trims: everything older
        // than a minute before them could go, but for what is still pending.
        Assert.That(await survivor.RunOnceAsync(CancellationToken.None), Is.True);

        var left = (await Redis.StreamRangeAsync(pipeline.Keys.Events)).Select(entry => CallEventStream.FromEntry(entry).EventId).ToList();
        Assert.That(left, Is.EqualTo(events.Concat(recent).Select(e => e.EventId)), "the batch the dead writer held is still there");

        await Task.Delay(pipeline.Options.ClaimIdleTime * 2);
        await pipeline.DrainAsync(survivor);

        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.call_events"), Is.EqualTo(events.Count + recent.Count));
        left = (await Redis.StreamRangeAsync(pipeline.Keys.Events)).Select(entry => CallEventStream.FromEntry(entry).EventId).ToList();
        Assert.That(left, Is.EqualTo(recent.Select(e => e.EventId)), "once written, the old entries are gone");
    }

    private static IDatabase Redis => TestServices.RedisConnection.GetDatabase();

    private static async Task AppendOldAsync(RecordsPipeline pipeline, IEnumerable<CallEvent> events, long milliseconds)
    {
        foreach (var (callEvent, index) in events.Select((callEvent, index) => (callEvent, index)))
        {
            await Redis.StreamAddAsync(pipeline.Keys.Events, CallEventStream.ToEntry(callEvent), messageId: $"{milliseconds + index}-0");
        }
    }
}
