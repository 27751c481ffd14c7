using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Rollups;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.CallRecords;

/// <summary>
/// Callbacks through the writer (real Redis stream, real PostgreSQL): rows, rollups and the rebuild after a late event.
/// Replays and shuffled batches of <see cref="ScriptedCallbacks"/>: <see cref="CallRecordWriterTests"/>.
/// </summary>
public sealed class CallbackRecordsTests
{
    [Test]
    public async Task RunOnce_ScriptedCallbacks_WritesACallbackRowPerOriginalCallAndCountsThemApart()
    {
        await using var pipeline = await RecordsPipeline.StartAsync();
        await pipeline.AppendAsync(ScriptedCallbacks.Events());

        await pipeline.DrainAsync(pipeline.Writer("a"));

        Assert.That(await pipeline.TextAsync("SELECT concat_ws('|', outcome, callback_of, callback_attempts, counselor, callback_dialled, time_to_callback_seconds, talk_seconds) FROM records.calls WHERE call_sid = 'cb-CA-K'"),
            Is.EqualTo("callback_completed|CA-K|2|c1|CA-dial-K2|820|180"));
        Assert.That(await pipeline.TextAsync("SELECT string_agg(call_sid || '=' || outcome, ' ' ORDER BY call_sid) FROM records.calls"),
            Is.EqualTo("CA-K=callback CA-L=callback CA-M=callback CA-N=callback cb-CA-K=callback_completed cb-CA-L=callback_failed cb-CA-M=callback_cancelled cb-CA-N=callback_pending"));
        // Only the four callers arrived; each left the line for a callback.
        Assert.That(await pipeline.TextAsync("SELECT string_agg(language || ':' || arrivals || '/' || callbacks || '/' || answered, ' ' ORDER BY language) FROM records.daily_language"),
            Is.EqualTo("en:1/1/0 vi:3/3/0"));
        Assert.That(await pipeline.ScalarAsync("SELECT sum(arrivals) FROM records.hourly_arrivals"), Is.EqualTo(4));
        Assert.That(await pipeline.TextAsync("SELECT string_agg(concat_ws('/', language, requested, completed, failed, cancelled, attempts, time_to_callback_seconds), ' ' ORDER BY language) FROM records.daily_callbacks"),
            Is.EqualTo("en/1/0/0/1/0/0 vi/3/1/1/0/4/820"));
        // The callback's conversation is the counselor's handled call, and its wrap-up form is counted.
        Assert.That(await pipeline.TextAsync("SELECT concat_ws('/', handled, talk_seconds, wrap_up_seconds) FROM records.counselor_daily WHERE counselor = 'c1'"), Is.EqualTo("1/180/30"));
        Assert.That(await pipeline.ScalarAsync("SELECT calls FROM records.daily_dimension WHERE dimension = 'residency' AND code = 'E-9'"), Is.EqualTo(1));
    }

    [Test]
    public async Task RebuildAsync_AfterACarriedOverCallbackConnectsNextDay_EqualsTheIncrementalRollups()
    {
        await using var pipeline = await RecordsPipeline.StartAsync(options => options.BatchSize = 5);
        var writer = pipeline.Writer("a");
        await pipeline.AppendAsync(ScriptedCallbacks.Events());
        await pipeline.DrainAsync(writer);
        // N, carried over, is dialled and connected the next morning: it stays on the day it was asked for, now completed.
        var nextMorning = ScriptedCallbacks.Start.AddDays(1).AddHours(-2);
        await pipeline.AppendAsync(new CallScript("cb-CA-N", nextMorning)
            .Add(CallEventTypes.CallbackDialling, 0, ("original", "CA-N"), ("counselor", "c2"), ("language", "vi"), ("reservation", "r-N"), ("attempt", "1"))
            .Add(CallEventTypes.CallbackConnected, 20, ("original", "CA-N"), ("counselor", "c2"), ("language", "vi"), ("attempt", "1"), ("dialled", "CA-dial-N1"), ("waited", "0"))
            .Add(CallEventTypes.CallEnded, 80, ("counselor", "c2"), ("language", "vi"), ("duration", "80")).Events
            .Select(e => e with { EventId = e.EventId + "-next-day" }));
        await pipeline.DrainAsync(writer);
        var incremental = await pipeline.SnapshotAsync();

        await ActivatorUtilities.CreateInstance<RollupRebuilder>(pipeline.Services).RebuildAsync();

        Assert.That(await pipeline.SnapshotAsync(), Is.EqualTo(incremental));
        // Asked 11:05 on day 1, connected 09:00:20 on day 2: 22 h - 5 min + 20 s after the request.
        Assert.That(await pipeline.TextAsync("SELECT concat_ws('/', requested, completed, attempts, time_to_callback_seconds) FROM records.daily_callbacks WHERE language = 'vi'"),
            Is.EqualTo($"3/2/5/{820 + 22 * 3600 - 300 + 20}"));
        Assert.That(await pipeline.TextAsync("SELECT concat_ws('/', day, handled, talk_seconds) FROM records.counselor_daily WHERE counselor = 'c2'"), Is.EqualTo("2026-03-02/1/60"));
    }
}
