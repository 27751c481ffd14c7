namespace Ivr.Server.Tests.CallRecords;

/// <summary>
/// Events go in by COPY, asking the table which are known only for events that may be (of a call with a row, or of
/// no call): a duplicate in the same batch, in a later batch, or of a call whose first events were in an earlier
/// batch, is stored and counted once.
/// </summary>
public sealed class EventCopyTests
{
    [Test]
    public async Task RunOnce_DuplicatesInTheSameBatchAndAcrossBatches_AreStoredAndCountedOnce()
    {
        await using var once = await RecordsPipeline.StartAsync();
        await once.AppendAsync(ScriptedDay.Events());
        await once.DrainAsync(once.Writer("a"));
        await using var repeated = await RecordsPipeline.StartAsync(options => options.BatchSize = 5);
        var writer = repeated.Writer("a");

        // Each event twice in a row (same batch, or the next one when it ends a batch), the idle event of no call too.
        await repeated.AppendAsync(ScriptedDay.Events().SelectMany(e => new[] { e, e }));
        await repeated.DrainAsync(writer);
        // Then everything again, in reverse: every call has a row, every event is known.
        await repeated.AppendAsync(ScriptedDay.Events().Reverse());
        await repeated.DrainAsync(writer);

        Assert.That(await repeated.SnapshotAsync(), Is.EqualTo(await once.SnapshotAsync()));
        Assert.That(await repeated.ScalarAsync("SELECT round(sum(idle_seconds)) FROM records.counselor_daily WHERE counselor = 'c1'"), Is.EqualTo(100));
    }

    [Test]
    public async Task RunOnce_EventOfANewCallAlreadyStoredUnderAnotherCall_IsQuarantinedAndTheRestIsWritten()
    {
        await using var pipeline = await RecordsPipeline.StartAsync();
        var writer = pipeline.Writer("a");
        await pipeline.AppendAsync(new CallScript("CA-first", ScriptedDay.Morning).Arrive().End(30).Events);
        await pipeline.DrainAsync(writer);

        // A producer reusing an event id for another call: the new call's COPY meets the stored id and is refused.
        var reused = new CallScript("CA-second", ScriptedDay.Morning.AddMinutes(1)).Arrive().End(30).Events;
        await pipeline.AppendAsync([reused[0] with { EventId = "CA-first-1" }, reused[1]]);
        await pipeline.DrainAsync(writer);

        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.call_events"), Is.EqualTo(3));
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.quarantined_events WHERE reason = 'refused' AND error LIKE '23505 %'"), Is.EqualTo(1));
        Assert.That(await pipeline.ScalarAsync("SELECT event_count FROM records.calls WHERE call_sid = 'CA-second'"), Is.EqualTo(1));
    }
}
