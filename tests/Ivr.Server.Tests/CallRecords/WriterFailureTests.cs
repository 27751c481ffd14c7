using Ivr.Server.CallRecords.Pipeline;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.CallRecords;

public sealed class WriterFailureTests
{
    private static IEnumerable<CallScript> Burst(int calls) => Enumerable.Range(0, calls).Select(i =>
        new CallScript($"CA-burst-{i}", ScriptedDay.Morning.AddSeconds(i)).Arrive().Join("zh", 0).Answer("c1", 10).End(70).WrapUp("c1", 80, "F-4", "VISA"));

    [Test]
    public async Task Writer_PostgresUnreachableDuringBurstThenBack_WritesEveryRecordExactlyOnce()
    {
        await using var pipeline = await RecordsPipeline.StartAsync(options => options.BatchSize = 50);
        var health = new CallRecordsHealthCheck(TestServices.RedisConnection, Options.Create(pipeline.Options), pipeline.Status);
        var writer = pipeline.Writer("a");
        pipeline.Faults.Down = true;
        await writer.StartAsync(CancellationToken.None);

        await pipeline.AppendAsync(Burst(200).SelectMany(call => call.Events));
        await WaitAsync(() => Task.FromResult(pipeline.Status.LastError is not null));
        var down = await health.CheckHealthAsync(new HealthCheckContext());
        Assert.That(down.Status, Is.EqualTo(HealthStatus.Degraded));
        Assert.That((long)down.Data["lag"], Is.GreaterThan(0));
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.calls"), Is.Zero);

        pipeline.Faults.Down = false;
        await WaitAsync(async () => await pipeline.ScalarAsync("SELECT count(*) FROM records.call_events") == 1000
            && await writer.MeasureLagAsync(TestServices.RedisConnection.GetDatabase()) == 0);
        await writer.StopAsync(CancellationToken.None);

        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.calls WHERE outcome = 'answered'"), Is.EqualTo(200));
        Assert.That(await pipeline.ScalarAsync("SELECT sum(arrivals) FROM records.daily_language"), Is.EqualTo(200));
        Assert.That(await pipeline.ScalarAsync("SELECT sum(calls) FROM records.daily_dimension WHERE code = 'F-4'"), Is.EqualTo(200));
        Assert.That((await health.CheckHealthAsync(new HealthCheckContext())).Status, Is.EqualTo(HealthStatus.Healthy));
    }

    [TestCase(WriterStage.BeforeCommit)]
    [TestCase(WriterStage.AfterCommitBeforeAck)]
    public async Task Writer_KilledMidBatchThenAnotherClaims_WritesEveryRecordExactlyOnce(WriterStage stage)
    {
        await using var pipeline = await RecordsPipeline.StartAsync(options => options.BatchSize = 64);
        await pipeline.AppendAsync(Burst(40).SelectMany(call => call.Events));
        using var kill = new CancellationTokenSource();
        var dying = pipeline.Writer("dies", new WriterHooks((at, token) =>
        {
            if (at == stage)
            {
                kill.Cancel();
                token.ThrowIfCancellationRequested();
            }
            return Task.CompletedTask;
        }));

        Assert.That(async () => await dying.RunOnceAsync(kill.Token), Throws.InstanceOf<OperationCanceledException>());
        var pending = await TestServices.RedisConnection.GetDatabase().StreamPendingAsync(pipeline.Keys.Events, pipeline.Options.ConsumerGroup);
        Assert.That(pending.PendingMessageCount, Is.EqualTo(64), "the killed writer's batch stays pending");

        await Task.Delay(pipeline.Options.ClaimIdleTime * 2);
        await pipeline.DrainAsync(pipeline.Writer("survivor"));

        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.call_events"), Is.EqualTo(200));
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.calls WHERE outcome = 'answered'"), Is.EqualTo(40));
        Assert.That(await pipeline.ScalarAsync("SELECT sum(arrivals) FROM records.daily_language"), Is.EqualTo(40));
        Assert.That(await pipeline.ScalarAsync("SELECT sum(handled) FROM records.counselor_daily"), Is.EqualTo(40));
    }

    [TestCase(WriterStage.BeforeCommit)]
    [TestCase(WriterStage.AfterCommitBeforeAck)]
    public async Task Writer_KilledWhileTheNextBacklogBatchWasPrefetched_AnotherClaimsBothAndWritesEveryRecordExactlyOnce(WriterStage stage)
    {
        await using var pipeline = await RecordsPipeline.StartAsync(options => (options.BatchSize, options.BacklogBatchSize) = (20, 40));
        await pipeline.AppendAsync(Burst(40).SelectMany(call => call.Events));
        using var kill = new CancellationTokenSource();
        var batches = 0;
        var dying = pipeline.Writer("dies", new WriterHooks((at, token) =>
        {
            // The second batch is the first of the backlog (40 events), read while the first was full: the third is prefetched.
            if (at == stage && ++batches == 2)
            {
                kill.Cancel();
                token.ThrowIfCancellationRequested();
            }
            return Task.CompletedTask;
        }));
        Assert.That(await dying.RunOnceAsync(kill.Token), Is.True);

        Assert.That(async () => await dying.RunOnceAsync(kill.Token), Throws.InstanceOf<OperationCanceledException>());
        var pending = await TestServices.RedisConnection.GetDatabase().StreamPendingAsync(pipeline.Keys.Events, pipeline.Options.ConsumerGroup);
        Assert.That(pending.PendingMessageCount, Is.EqualTo(80), "the killed writer's batch and the one it read ahead stay pending");

        await Task.Delay(pipeline.Options.ClaimIdleTime * 2);
        await pipeline.DrainAsync(pipeline.Writer("survivor"));

        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.call_events"), Is.EqualTo(200));
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.calls WHERE outcome = 'answered'"), Is.EqualTo(40));
        Assert.That(await pipeline.ScalarAsync("SELECT sum(arrivals) FROM records.daily_language"), Is.EqualTo(40));
        Assert.That(await pipeline.ScalarAsync("SELECT sum(handled) FROM records.counselor_daily"), Is.EqualTo(40));
    }

    [TestCase(WriterStage.BeforeCommit)]
    [TestCase(WriterStage.AfterCommitBeforeAck)]
    public async Task Writer_KilledWhileThePreviousBacklogBatchWasBeingAcknowledged_FinishesThatAcknowledgementAndAnotherWritesTheRestExactlyOnce(WriterStage stage)
    {
        await using var pipeline = await RecordsPipeline.StartAsync(options => (options.BatchSize, options.BacklogBatchSize) = (20, 40));
        await pipeline.AppendAsync(Burst(40).SelectMany(call => call.Events));
        using var kill = new CancellationTokenSource();
        var batches = 0;
        var dying = pipeline.Writer("dies", new WriterHooks((at, token) =>
        {
            // The second batch read the third ahead, so its XACK and trim run during the third batch's transaction.
            if (at == stage && ++batches == 3)
            {
                kill.Cancel();
                token.ThrowIfCancellationRequested();
            }
            return Task.CompletedTask;
        }));
        Assert.That(await dying.RunOnceAsync(kill.Token), Is.True);
        Assert.That(await dying.RunOnceAsync(kill.Token), Is.True);

        Assert.That(async () => await dying.RunOnceAsync(kill.Token), Throws.InstanceOf<OperationCanceledException>());
        var pending = await TestServices.RedisConnection.GetDatabase().StreamPendingAsync(pipeline.Keys.Events, pipeline.Options.ConsumerGroup);
        Assert.That(pending.PendingMessageCount, Is.EqualTo(80), "the second batch is acknowledged; the killed third and the fourth it read ahead stay pending");

        await Task.Delay(pipeline.Options.ClaimIdleTime * 2);
        await pipeline.DrainAsync(pipeline.Writer("survivor"));

        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.call_events"), Is.EqualTo(200));
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.calls WHERE outcome = 'answered'"), Is.EqualTo(40));
        Assert.That(await pipeline.ScalarAsync("SELECT sum(arrivals) FROM records.daily_language"), Is.EqualTo(40));
        Assert.That(await pipeline.ScalarAsync("SELECT sum(handled) FROM records.counselor_daily"), Is.EqualTo(40));
    }

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        for (var waited = 0; waited < 600; waited++)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail("condition not reached in 60 s");
    }
}
