using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.CallRecords.Rollups;
using Ivr.Server.Reporting;
using Ivr.Server.Tests.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.CallRecords;

public sealed class CallRecordWriterTests
{
    [Test]
    public async Task RunOnce_ScriptedDay_WritesOneRowPerCallWithItsOutcome()
    {
        await using var pipeline = await RecordsPipeline.StartAsync();
        await pipeline.AppendAsync(ScriptedDay.Events());

        await pipeline.DrainAsync(pipeline.Writer("a"));

        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.calls"), Is.EqualTo(8));
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.call_events"), Is.EqualTo(ScriptedDay.Events().Count));
        Assert.That(await OutcomeAsync(pipeline, "CA-A"), Is.EqualTo(CallOutcome.Answered));
        Assert.That(await OutcomeAsync(pipeline, "CA-C"), Is.EqualTo(CallOutcome.AbandonedInQueue));
        Assert.That(await OutcomeAsync(pipeline, "CA-F"), Is.EqualTo(CallOutcome.SelfService));
        Assert.That(await OutcomeAsync(pipeline, "CA-G"), Is.EqualTo(CallOutcome.AbandonedInMenu));
        Assert.That(await OutcomeAsync(pipeline, "CA-H"), Is.EqualTo(CallOutcome.AfterHours));
        Assert.That(await pipeline.ScalarAsync("SELECT sum(arrivals) FROM records.daily_language"), Is.EqualTo(8));
    }

    [Test]
    public async Task RunOnce_ScriptedDay_CountsQueuedCallersPerLanguageAndHalfHour()
    {
        await using var pipeline = await RecordsPipeline.StartAsync();
        await pipeline.AppendAsync(ScriptedDay.Events());

        await pipeline.DrainAsync(pipeline.Writer("a"));

        // 10:00-10:04 Seoul is half hour 20. Vietnamese: A and B answered after 15 and 40 s, C and D hung up after 5 and 70 s;
        // the after-hours call H and the menu-only calls F and G never queued.
        Assert.That(await pipeline.TextAsync("""
            SELECT string_agg(concat_ws('/', language, interval, offered, answered, abandoned, handled, round(wait_seconds), round(abandoned_wait_seconds)), ' ' ORDER BY language)
            FROM records.daily_interval
            """), Is.EqualTo("en/20/1/1/0/1/8/0 vi/20/4/2/2/2/130/75"));
    }

    [TestCase("day")]
    [TestCase("callbacks")]
    public async Task RunOnce_SameEventsAppendedTwice_ChangesNothing(string events)
    {
        await using var pipeline = await RecordsPipeline.StartAsync();
        var writer = pipeline.Writer("a");
        await pipeline.AppendAsync(Scripted(events));
        await pipeline.DrainAsync(writer);
        var before = await pipeline.SnapshotAsync();

        await pipeline.AppendAsync(Scripted(events));
        await pipeline.DrainAsync(writer);

        Assert.That(await pipeline.SnapshotAsync(), Is.EqualTo(before));
    }

    [TestCase("day")]
    [TestCase("callbacks")]
    public async Task RunOnce_EventsShuffledAcrossSmallBatches_GivesTheSameTablesAsInOrder(string events)
    {
        await using var inOrder = await RecordsPipeline.StartAsync();
        await inOrder.AppendAsync(Scripted(events));
        await inOrder.DrainAsync(inOrder.Writer("a"));
        await using var shuffled = await RecordsPipeline.StartAsync(options => options.BatchSize = 3);

        await shuffled.AppendAsync(Scripted(events).OrderBy(e => e.EventId.GetHashCode(StringComparison.Ordinal) ^ 0x5bd1e995).Reverse());
        await shuffled.DrainAsync(shuffled.Writer("a"));

        Assert.That(await shuffled.SnapshotAsync(), Is.EqualTo(await inOrder.SnapshotAsync()));
    }

    [Test]
    public async Task RunOnce_WrapUpCorrectedAfterTheCallWasCounted_MovesTheCallBetweenRollupRows()
    {
        await using var pipeline = await RecordsPipeline.StartAsync();
        var writer = pipeline.Writer("a");
        await pipeline.AppendAsync(ScriptedDay.Events());
        await pipeline.DrainAsync(writer);

        await pipeline.AppendAsync(new CallScript("CA-A", ScriptedDay.Morning).Add("call.wrapped-up", 400, ("counselor", "c1"), ("residencyStatus", "F-5"), ("topic", "VISA")).Events
            .Select(e => e with { EventId = "CA-A-correction" }));
        await pipeline.DrainAsync(writer);

        Assert.That(await pipeline.ScalarAsync("SELECT coalesce(sum(calls), 0) FROM records.daily_dimension WHERE dimension = 'residency' AND code = 'F-6'"), Is.Zero);
        Assert.That(await pipeline.ScalarAsync("SELECT sum(calls) FROM records.daily_dimension WHERE dimension = 'residency' AND code = 'F-5'"), Is.EqualTo(1));
        Assert.That(await pipeline.ScalarAsync("SELECT sum(arrivals) FROM records.daily_language"), Is.EqualTo(8));
        // The wrap-up now ends 155 s later: after-call work 30 + 155 s for A, plus B's 10 s.
        Assert.That(await pipeline.ScalarAsync("SELECT round(sum(wrap_up_seconds)) FROM records.daily_language WHERE language = 'vi'"), Is.EqualTo(195));
    }

    [Test]
    public async Task RebuildAsync_AfterLateCorrections_EqualsTheIncrementalRollups()
    {
        await using var pipeline = await RecordsPipeline.StartAsync(options => options.BatchSize = 4);
        var writer = pipeline.Writer("a");
        await pipeline.AppendAsync(ScriptedDay.Events());
        await pipeline.DrainAsync(writer);
        // Late events: D turns out answered after 30 s (its 70 s wait, the longest, goes), A is re-coded, and H's
        // after-hours message is reported (the recording's status callback comes after the call ended).
        await pipeline.AppendAsync([
            new CallScript("CA-D", ScriptedDay.Morning.AddMinutes(3)).Add("call.answered", 30, ("counselor", "c2")).Events[0] with { EventId = "CA-D-late" },
            new CallScript("CA-A", ScriptedDay.Morning).Add("call.wrapped-up", 300, ("counselor", "c1"), ("residencyStatus", "E-9"), ("topic", "LEGAL")).Events[0] with { EventId = "CA-A-late" },
            new CallScript("CA-H", ScriptedDay.Morning.AddHours(10)).Add(CallEventTypes.MessageLeft, 25, ("language", "vi"), ("seconds", "12")).Events[0] with { EventId = "CA-H-message" },
        ]);
        await pipeline.DrainAsync(writer);
        var incremental = await pipeline.SnapshotAsync();

        await ActivatorUtilities.CreateInstance<RollupRebuilder>(pipeline.Services).RebuildAsync();

        Assert.That(await pipeline.SnapshotAsync(), Is.EqualTo(incremental));
        Assert.That(await pipeline.ScalarAsync("SELECT round(longest_wait_seconds) FROM records.daily_language WHERE language = 'vi'"), Is.EqualTo(40));
        Assert.That(await pipeline.ScalarAsync("SELECT sum(message_left) FROM records.daily_language"), Is.EqualTo(1), "H's message, in the rebuilt rollup too");
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.calls WHERE message_left AND call_sid = 'CA-H' AND outcome = 'after_hours'"), Is.EqualTo(1));
        var messages = await pipeline.Reports.RunAsync("messages", new ReportRequest(new ReportRange(ScriptedDay.Day, ScriptedDay.Day.AddDays(1), ReportPeriod.Day), 20, 10));
        Assert.That(ReportMetricsTests.Rows(messages), Is.EqualTo(new[] { "2026-03-02|vi|5|1|20.00" }), "vi: A B C D H arrived, H left a message");
    }

    [Test]
    public async Task RunOnce_CallerNumber_IsStoredOnlyAsKeyedHashSharedByRepeatCalls()
    {
        await using var pipeline = await RecordsPipeline.StartAsync();
        await pipeline.AppendAsync(ScriptedDay.Events());

        await pipeline.DrainAsync(pipeline.Writer("a"));

        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.call_events WHERE fields::text LIKE '%1111%' OR fields ? 'from'"), Is.Zero);
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.calls WHERE caller_hash IS NULL"), Is.Zero);
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.calls WHERE caller_encrypted IS NOT NULL"), Is.Zero);
        Assert.That(await pipeline.ScalarAsync("SELECT count(DISTINCT call_sid) FROM records.calls WHERE caller_hash = (SELECT caller_hash FROM records.calls WHERE call_sid = 'CA-A')"), Is.EqualTo(2));
    }

    /// <summary><see cref="ScriptedDay"/>'s events, or <see cref="ScriptedCallbacks"/>'.</summary>
    private static IReadOnlyList<CallEvent> Scripted(string events) => events == "callbacks" ? ScriptedCallbacks.Events() : ScriptedDay.Events();

    private static async Task<string> OutcomeAsync(RecordsPipeline pipeline, string callSid)
    {
        await using var connection = new Npgsql.NpgsqlConnection(pipeline.Postgres);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT outcome FROM records.calls WHERE call_sid = $1", connection) { Parameters = { new() { Value = callSid } } };
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
