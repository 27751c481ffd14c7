using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.Tests.CallRecords;

/// <summary>
/// Entries the stream's cap trims before they are written are counted, once, in Redis (so the count survives restarts).
/// The cap is played by XADD MAXLEN with a small length: the same trimming the producers' XADD MAXLEN ~ 1000000 does.
/// </summary>
public sealed class OutboxTrimTests
{
    private static IEnumerable<CallEvent> Calls(string prefix, int calls) => Enumerable.Range(0, calls).SelectMany(i =>
        new CallScript($"CA-{prefix}-{i}", ScriptedDay.Morning.AddSeconds(i)).Arrive().Join("zh", 0).Answer("c1", 10).End(70).WrapUp("c1", 80, "F-4", "VISA").Events);

    private static IDatabase Redis => TestServices.RedisConnection.GetDatabase();

    [Test]
    public async Task Writer_CapTrimsEntriesBeforeTheyWereRead_CountsThemOnceAndTheLagStaysTrue()
    {
        await using var pipeline = await RecordsPipeline.StartAsync(options => options.BatchSize = 4);
        var writer = pipeline.Writer("a");
        await pipeline.AppendAsync(Calls("early", 2)); // 10 entries
        Assert.That(await writer.RunOnceAsync(CancellationToken.None), Is.True); // 4 delivered and written

        foreach (var callEvent in Calls("flood", 4)) // 20 more, the stream capped at 5: 21 entries never read are gone
        {
            await Redis.StreamAddAsync(pipeline.Keys.Events, CallEventStream.ToEntry(callEvent), maxLength: 5);
        }
        await pipeline.DrainAsync(writer);
        await pipeline.DrainAsync(pipeline.Writer("b"));

        Assert.That((long)await Redis.StringGetAsync(OutboxStream.TrimmedUnwrittenKey(pipeline.Keys)), Is.EqualTo(21));
        Assert.That(pipeline.Status.EventsTrimmedUnwritten, Is.EqualTo(21));
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.call_events"), Is.EqualTo(4 + 5));
        Assert.That(await writer.MeasureLagAsync(Redis), Is.Zero, "the lost entries do not stay in the lag");
        var health = await new CallRecordsHealthCheck(TestServices.RedisConnection, Options.Create(pipeline.Options), pipeline.Status).CheckHealthAsync(new HealthCheckContext());
        Assert.That(health.Data["trimmedUnwritten"], Is.EqualTo(21L));
    }

    [Test]
    public async Task Writer_PendingEntriesTrimmedBeforeTheyWereWritten_CountsAndQuarantinesThemOnce()
    {
        await using var pipeline = await RecordsPipeline.StartAsync(options => options.BatchSize = 10);
        await pipeline.AppendAsync(Calls("held", 2)); // 10 entries, one batch
        using var kill = new CancellationTokenSource();
        var dying = pipeline.Writer("a", new WriterHooks((at, token) =>
        {
            kill.Cancel();
            token.ThrowIfCancellationRequested();
            return Task.CompletedTask;
        }));
        Assert.That(async () => await dying.RunOnceAsync(kill.Token), Throws.InstanceOf<OperationCanceledException>());
        foreach (var callEvent in Calls("flood", 1)) // the cap trims all 10 pending entries
        {
            await Redis.StreamAddAsync(pipeline.Keys.Events, CallEventStream.ToEntry(callEvent), maxLength: 5);
        }

        await pipeline.DrainAsync(pipeline.Writer("a")); // restarted under the same name: its pending entries come back empty

        Assert.That((long)await Redis.StringGetAsync(OutboxStream.TrimmedUnwrittenKey(pipeline.Keys)), Is.EqualTo(10));
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.quarantined_events WHERE reason = 'trimmed'"), Is.EqualTo(10));
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.call_events"), Is.EqualTo(5));
        Assert.That(await pipeline.Writer("a").MeasureLagAsync(Redis), Is.Zero);
    }
}
