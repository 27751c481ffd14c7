using Ivr.Server.Reporting;
using Ivr.Server.Tests.CallRecords;

namespace Ivr.Server.Tests.Reporting;

/// <summary>Every report over <see cref="ScriptedDay"/>, with the expected values worked out by hand in the comments.</summary>
public sealed class ReportMetricsTests
{
    private RecordsPipeline pipeline = null!;

    [OneTimeSetUp]
    public async Task WriteScriptedDay()
    {
        pipeline = await RecordsPipeline.StartAsync();
        await pipeline.AppendAsync(ScriptedDay.Events());
        await pipeline.DrainAsync(pipeline.Writer("reports"));
    }

    [OneTimeTearDown]
    public async Task Drop() => await pipeline.DisposeAsync();

    [Test]
    public async Task CallsByLanguage_ScriptedDay_CountsCallsAndConsultations()
    {
        var table = await RunAsync("calls-by-language", ReportPeriod.Year);

        // vi: A B C D H arrived, A B answered; en: E; no language: F G.
        Assert.That(Rows(table), Is.EquivalentTo(new[] { "2026|vi|5|2", "2026|en|1|1", "2026||2|0" }));
    }

    [Test]
    public async Task LanguageService_Vietnamese_MatchesHandComputedMetrics()
    {
        var vi = Row(await RunAsync("language-service"), "vi");

        Assert.That(vi["queued"], Is.EqualTo(4L));            // A B C D
        Assert.That(vi["answered"], Is.EqualTo(2L));          // A B
        Assert.That(vi["abandoned"], Is.EqualTo(2L));         // C D
        Assert.That(vi["short_abandons"], Is.EqualTo(1L));    // C after 5 s <= 10 s
        Assert.That(vi["service_level_pct"], Is.EqualTo(33.33m)); // A within 20 s / (2 + 2 - 1)
        Assert.That(vi["answered_within_pct"], Is.EqualTo(50m));  // 1 / 2
        Assert.That(vi["asa_s"], Is.EqualTo(27.5));           // (15 + 40) / 2
        Assert.That(vi["abandon_pct"], Is.EqualTo(50m));      // 2 / 4
        Assert.That(vi["aht_s"], Is.EqualTo(170));            // (170 + 30 + 30 + 100 + 0 + 10) / 2
        Assert.That(vi["acw_s"], Is.EqualTo(20));             // (30 + 10) / 2
        Assert.That(vi["longest_wait_s"], Is.EqualTo(70));    // D
    }

    [Test]
    public async Task LanguageService_OtherThresholds_ChangeServiceLevelAndShortAbandons()
    {
        var vi = Row(await RunAsync("language-service", serviceLevelSeconds: 45, shortAbandonSeconds: 5), "vi");

        Assert.That(vi["short_abandons"], Is.EqualTo(1L));       // C at exactly 5 s
        Assert.That(vi["service_level_pct"], Is.EqualTo(66.67m)); // A and B within 45 s / 3
        Assert.That(vi["answered_within_pct"], Is.EqualTo(100m));
    }

    [Test]
    public async Task LanguageService_English_MatchesHandComputedMetrics()
    {
        var en = Row(await RunAsync("language-service"), "en");

        Assert.That(en["service_level_pct"], Is.EqualTo(100m));
        Assert.That(en["asa_s"], Is.EqualTo(8));
        Assert.That(en["aht_s"], Is.EqualTo(140)); // 120 talk + 20 wrap-up
        Assert.That(en["longest_wait_s"], Is.EqualTo(8));
    }

    [Test]
    public async Task Counselors_ScriptedDay_HandledHandleTimeAndOccupancy()
    {
        var table = await RunAsync("counselors");
        var c1 = Row(table, "c1");
        var c2 = Row(table, "c2");

        Assert.That(c1["handled"], Is.EqualTo(2L));
        Assert.That(c1["aht_s"], Is.EqualTo(170));
        Assert.That(c1["occupancy_pct"], Is.EqualTo(77.27m)); // 340 / (340 + 100)
        Assert.That(c2["handled"], Is.EqualTo(1L));
        Assert.That(c2["occupancy_pct"], Is.EqualTo(70m));    // 140 / (140 + 60)
    }

    [Test]
    public async Task DimensionReports_ScriptedDay_CountWrapUpCodes()
    {
        Assert.That(Rows(await RunAsync("calls-by-residency-status", ReportPeriod.Month)),
            Is.EquivalentTo(new[] { "2026-03|F-4|Overseas Korean|1", "2026-03|F-6|Marriage migrant|1", "2026-03|H-2|Working visit|1" }));
        Assert.That(Rows(await RunAsync("calls-by-topic", ReportPeriod.Month)),
            Is.EquivalentTo(new[] { "2026-03|VISA|Visa and stay permission|2", "2026-03|EMPLOYMENT|Employment and workplace|1" }));
        Assert.That(Rows(await RunAsync("calls-by-institution", ReportPeriod.Month)), Is.EquivalentTo(new[] { "2026-03|police|police|1" }));
    }

    [Test]
    public async Task ArrivalsByHour_ScriptedDay_PutsCallsOnMondayAtTheirSeoulHour()
    {
        Assert.That(Rows(await RunAsync("arrivals-by-hour")), Is.EqualTo(new[] { "10|7|0|0|0|0|0|0|7", "20|1|0|0|0|0|0|0|1" }));
    }

    [Test]
    public async Task SelfServiceAndAfterHours_ScriptedDay_AreCountedPerPeriodAndLanguage()
    {
        Assert.That(Rows(await RunAsync("self-service")), Is.EqualTo(new[] { "2026-03-02|8|1|12.50" }));
        Assert.That(Rows(await RunAsync("after-hours")), Is.EqualTo(new[] { "2026-03-02|vi|1|0|20.00" }));
    }

    private Task<ReportTable> RunAsync(string name, ReportPeriod period = ReportPeriod.Day, int serviceLevelSeconds = 20, int shortAbandonSeconds = 10) =>
        pipeline.Reports.RunAsync(name, new ReportRequest(new ReportRange(ScriptedDay.Day, ScriptedDay.Day.AddDays(1), period), serviceLevelSeconds, shortAbandonSeconds));

    internal static IEnumerable<string> Rows(ReportTable table) =>
        table.Rows.Select(row => string.Join('|', row.Select(value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture))));

    private static Dictionary<string, object?> Row(ReportTable table, string key)
    {
        var row = table.Rows.Single(values => Equals(values[0], key));
        return table.Columns.Select((column, index) => (column, row[index])).ToDictionary(pair => pair.column, pair => pair.Item2);
    }
}
