using Ivr.Server.CallRecords.Demo;
using Ivr.Server.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.CallRecords;

public sealed class DemoRecordGeneratorTests
{
    [Test]
    public async Task GenerateAsync_2017_AnnualReportsEqualThePublishedFigures()
    {
        await using var pipeline = await RecordsPipeline.StartAsync();
        var generator = ActivatorUtilities.CreateInstance<DemoRecordGenerator>(pipeline.Services);

        await generator.GenerateAsync(2017);

        var year = new ReportRequest(new ReportRange(new DateOnly(2017, 1, 1), new DateOnly(2018, 1, 1), ReportPeriod.Year), 20, 10);
        var languages = (await pipeline.Reports.RunAsync("calls-by-language", year)).Rows.ToDictionary(row => (string)row[1]!, row => (long)row[3]!);
        Assert.That(languages.Values.Sum(), Is.EqualTo(1_680_000));
        Assert.That(languages["zh"], Is.EqualTo(272_888));
        Assert.That(languages["en"], Is.EqualTo(69_972));
        Assert.That(languages["vi"], Is.EqualTo(68_395));
        var residency = (await pipeline.Reports.RunAsync("calls-by-residency-status", year)).Rows.ToDictionary(row => (string)row[1]!, row => (long)row[3]!);
        Assert.That(residency["F-4"], Is.EqualTo(167_712));
        Assert.That(residency["H-2"], Is.EqualTo(137_466));
        Assert.That(residency["F-6"], Is.EqualTo(127_688));
        // The rollups the generator wrote agree with the rows it copied.
        Assert.That(await pipeline.ScalarAsync("SELECT count(*) FROM records.calls WHERE answered_at IS NOT NULL AND callback_of IS NULL"), Is.EqualTo(1_680_000));
        Assert.That(await pipeline.ScalarAsync("SELECT sum(arrivals) FROM records.daily_language"), Is.EqualTo(await pipeline.ScalarAsync("SELECT count(*) FROM records.calls WHERE callback_of IS NULL")));
        // Callbacks: one per caller who left the line for one, counted apart from the calls.
        var callbacks = await pipeline.ScalarAsync("SELECT sum(requested) FROM records.daily_callbacks");
        Assert.That(callbacks, Is.EqualTo(await pipeline.ScalarAsync("SELECT count(*) FROM records.calls WHERE callback_of IS NOT NULL")));
        Assert.That(callbacks, Is.EqualTo(await pipeline.ScalarAsync("SELECT sum(callbacks) FROM records.daily_language")));
        Assert.That(callbacks, Is.InRange(30_000, 40_000), "about 2 % of the consultations");
        var completed = await pipeline.ScalarAsync("SELECT sum(completed) FROM records.daily_callbacks");
        Assert.That((double)completed / callbacks, Is.InRange(0.78, 0.86));

        var hours = (await pipeline.Reports.RunAsync("arrivals-by-hour", year)).Rows.ToDictionary(row => (short)row[0]!, row => row);
        var busiest = hours.MaxBy(pair => (long)pair.Value[8]!).Key;
        Assert.That(busiest, Is.InRange(9, 17), "peak hour within office hours");
        Assert.That((long)hours[10][1]!, Is.GreaterThan((long)hours[10][5]!), "Monday busier than Friday");
        Assert.That((long)hours[10][5]!, Is.GreaterThan(5 * (long)hours[10][6]!), "weekdays far busier than Saturday");
    }

    [Test]
    public void Split_AnyWeights_PartsAddUpToTheTotal()
    {
        var parts = Apportion.Split(1_000_003, [0.3, 0.0, 1.7, 2.2, 0.1]);

        Assert.That(parts.Sum(), Is.EqualTo(1_000_003));
        Assert.That(parts[1], Is.Zero);
    }
}
