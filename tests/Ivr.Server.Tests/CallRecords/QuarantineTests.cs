using System.Security.Cryptography;
using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.CallRecords.Privacy;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.Tests.CallRecords;

/// <summary>Events PostgreSQL refuses as data go to records.quarantined_events, never back into an endless retry.</summary>
public sealed class QuarantineTests
{
    private static IEnumerable<CallEvent> Calls(string prefix, int calls) => Enumerable.Range(0, calls).SelectMany(i =>
        new CallScript($"CA-{prefix}-{i}", ScriptedDay.Morning.AddSeconds(i)).Arrive().Join("zh", 0).Answer("c1", 10).End(70).WrapUp("c1", 80, "F-4", "VISA").Events);

    [Test]
    public async Task RunOnce_CallSidOfSevenThousandCharacters_IsQuarantinedAndTheFollowingEventsAreWritten()
    {
        await using var pipeline = await RecordsPipeline.StartAsync();
        // Random letters do not compress: the index entry is far above the btree limit (2704 bytes), SQLSTATE 54000.
        var hugeSid = "CA" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 7_000);
        var huge = new CallScript(hugeSid, ScriptedDay.Morning).Arrive("+82 10-9876-5432").Events;
        await pipeline.AppendAsync(huge.Concat(Calls("after", 3)));

        await pipeline.DrainAsync(pipeline.Writer("a"));

        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.calls WHERE outcome = 'answered'"), Is.EqualTo(3));
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.call_events"), Is.EqualTo(15));
        Assert.That(await pipeline.ScalarAsync($"SELECT count(*) FROM records.quarantined_events WHERE reason = 'refused' AND error LIKE '54000 %' AND content->>'call' = '{hugeSid}'"), Is.EqualTo(1));
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.quarantined_events WHERE content::text LIKE '%9876%' OR content ? 'from'"), Is.Zero, "the caller's number is not kept in clear");
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.quarantined_events WHERE content ? 'fromHash'"), Is.EqualTo(1));
        Assert.That(pipeline.Status.EventsQuarantined, Is.EqualTo(1));
        Assert.That(await pipeline.Writer("a").MeasureLagAsync(TestServices.RedisConnection.GetDatabase()), Is.Zero, "nothing is left to retry");
    }

    [Test]
    public async Task RunOnce_EventWithNulCharacter_IsQuarantinedAndTheRestIsWritten()
    {
        await using var pipeline = await RecordsPipeline.StartAsync();
        var poison = new CallScript("CA-poison", ScriptedDay.Morning).Add("menu.step", 1, ("digits", "1\0*")).Events;
        await pipeline.AppendAsync(Calls("burst", 3).Concat(poison));

        await pipeline.DrainAsync(pipeline.Writer("a"));

        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.calls WHERE outcome = 'answered'"), Is.EqualTo(3));
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.quarantined_events WHERE reason = 'refused' AND error LIKE '22%' AND content->>'call' = 'CA-poison'"), Is.EqualTo(1));
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.call_events"), Is.EqualTo(15));
    }

    [TestCase(false, TestName = "RunOnce_UnreadableEntryWithCallerNumber_IsQuarantinedWithTheNumberProtected")]
    [TestCase(true, TestName = "RunOnce_UnreadableEntryInTheEarlierFormatWithCallerNumber_IsQuarantinedWithTheNumberProtected")]
    public async Task RunOnce_UnreadableEntryWithCallerNumber_IsQuarantinedWithTheNumberProtected(bool earlierFormat)
    {
        await using var pipeline = await RecordsPipeline.StartAsync();
        await pipeline.AppendAsync(Calls("before", 1));
        NameValueEntry[] entry = earlierFormat
            ? [new("id", "bad-1"), new("type", "call.arrived"), new("call", ""), new("at", "not a time"), new("from", "+82 10-5555-0101")]
            : [new(CallEvent.PackedField, "[\"bad-1\",\"call.arrived\",\"\",\"not a time\",\"from\",\"+82 10-5555-0101\"]")];
        await TestServices.RedisConnection.GetDatabase().StreamAddAsync(pipeline.Keys.Events, entry);

        await pipeline.DrainAsync(pipeline.Writer("a"));

        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.quarantined_events WHERE reason = 'unreadable' AND content->>'id' = 'bad-1' AND content ? 'fromHash'"), Is.EqualTo(1));
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.quarantined_events WHERE content::text LIKE '%5555%'"), Is.Zero);
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.call_events WHERE call_sid = ''"), Is.Zero, "nothing retention cannot reach");
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.calls WHERE outcome = 'answered'"), Is.EqualTo(1));
    }

    [Test]
    public async Task ApplyAsync_QuarantinedEntryPastThePeriod_IsDeleted()
    {
        await using var pipeline = await RecordsPipeline.StartAsync(options => options.RetentionPeriod = TimeSpan.FromDays(30));
        await pipeline.AppendAsync(new CallScript("CA-poison", ScriptedDay.Morning).Add("menu.step", 1, ("digits", "1\0*")).Events);
        await pipeline.DrainAsync(pipeline.Writer("a"));
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.quarantined_events"), Is.EqualTo(1));
        var contexts = pipeline.Services.GetRequiredService<RecordsContextSource>();

        await new RecordsRetention(contexts, Options.Create(pipeline.Options), new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddDays(29))).ApplyAsync(CancellationToken.None);
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.quarantined_events"), Is.EqualTo(1), "kept within the period");

        await new RecordsRetention(contexts, Options.Create(pipeline.Options), new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddDays(31))).ApplyAsync(CancellationToken.None);
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.quarantined_events"), Is.Zero);
    }
}
