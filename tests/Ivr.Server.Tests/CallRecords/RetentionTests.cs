using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.CallRecords.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Tests.CallRecords;

public sealed class RetentionTests
{
    [TestCase(RetentionMode.Anonymise, 8)]
    [TestCase(RetentionMode.Delete, 0)]
    public async Task ApplyAsync_RecordsPastThePeriod_LoseCallerDataButRollupsKeepCounting(RetentionMode mode, int rowsLeft)
    {
        await using var pipeline = await RecordsPipeline.StartAsync(options =>
        {
            options.RetentionMode = mode;
            options.RetentionPeriod = TimeSpan.FromDays(30);
        });
        await pipeline.AppendAsync(ScriptedDay.Events());
        await pipeline.DrainAsync(pipeline.Writer("a"));
        var clock = new FakeTimeProvider(ScriptedDay.Morning.AddDays(31));
        var retention = new RecordsRetention(pipeline.Services.GetRequiredService<RecordsContextSource>(), Options.Create(pipeline.Options), clock);

        var affected = await retention.ApplyAsync(CancellationToken.None);

        Assert.That(affected, Is.EqualTo(8));
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.calls"), Is.EqualTo(rowsLeft));
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.calls WHERE caller_hash IS NOT NULL"), Is.Zero);
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.call_events WHERE call_sid <> ''"), Is.Zero);
        Assert.That(await pipeline.ScalarAsync("SELECT sum(arrivals) FROM records.daily_language"), Is.EqualTo(8));
    }

    [Test]
    public async Task ApplyAsync_RecordsWithinThePeriod_AreKept()
    {
        await using var pipeline = await RecordsPipeline.StartAsync(options => options.RetentionPeriod = TimeSpan.FromDays(30));
        await pipeline.AppendAsync(ScriptedDay.Events());
        await pipeline.DrainAsync(pipeline.Writer("a"));
        var retention = new RecordsRetention(pipeline.Services.GetRequiredService<RecordsContextSource>(), Options.Create(pipeline.Options),
            new FakeTimeProvider(ScriptedDay.Morning.AddDays(29)));

        Assert.That(await retention.ApplyAsync(CancellationToken.None), Is.Zero);
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.calls WHERE caller_hash IS NOT NULL"), Is.EqualTo(8));
    }
}
