using Ivr.Server.Reporting;
using Ivr.Server.Tests.CallRecords;

namespace Ivr.Server.Tests.Reporting;

/// <summary>The callbacks report over <see cref="ScriptedCallbacks"/>, values worked out by hand in the comments.</summary>
public sealed class CallbackReportTests
{
    private RecordsPipeline pipeline = null!;

    [OneTimeSetUp]
    public async Task WriteScriptedCallbacks()
    {
        pipeline = await RecordsPipeline.StartAsync();
        await pipeline.AppendAsync(ScriptedCallbacks.Events());
        await pipeline.DrainAsync(pipeline.Writer("reports"));
    }

    [OneTimeTearDown]
    public async Task Drop() => await pipeline.DisposeAsync();

    [Test]
    public async Task Callbacks_ScriptedCallbacks_CountsEachStateCompletionAndTimeToCallback()
    {
        var table = await RunAsync("callbacks", ReportPeriod.Month);

        // period, language, requested, completed, failed, cancelled, pending, completion_pct, avg_time_to_callback_s, dials
        // vi: K completed after 820 s (2 dials), L failed (2 dials), N pending; completion 1 / (1 + 1 + 0). en: M cancelled.
        Assert.That(ReportMetricsTests.Rows(table), Is.EqualTo(new[] { "2026-03|vi|3|1|1|0|1|50.00|820|4", "2026-03|en|1|0|0|1|0|0.00||0" }));
    }

    [Test]
    public async Task Callbacks_OutsideTheRange_IsEmpty()
    {
        var table = await pipeline.Reports.RunAsync("callbacks", new ReportRequest(new ReportRange(ScriptedDay.Day.AddDays(1), ScriptedDay.Day.AddDays(2)), 20, 10));

        Assert.That(table.Rows, Is.Empty);
    }

    [Test]
    public async Task LanguageServiceAndCallsByLanguage_CallersWhoAskedForACallback_AreQueuedCallsNotAbandonsAndCallbacksAreNotCalls()
    {
        var vi = ReportMetricsTests.Rows(await RunAsync("language-service")).Single(row => row.StartsWith("vi|", StringComparison.Ordinal));

        // language, queued, answered, abandoned, short_abandons: K L N queued, none answered or abandoned.
        Assert.That(string.Join('|', vi.Split('|').Take(5)), Is.EqualTo("vi|3|0|0|0"));
        Assert.That(ReportMetricsTests.Rows(await RunAsync("calls-by-language", ReportPeriod.Year)), Is.EquivalentTo(new[] { "2026|vi|3|0", "2026|en|1|0" }));
        Assert.That(ReportMetricsTests.Rows(await RunAsync("counselors")).Single(row => row.StartsWith("c1|", StringComparison.Ordinal)), Does.StartWith("c1|1|210|210|"),
            "the callback's conversation is c1's handled call: 180 s talk + 30 s wrap-up");
    }

    private Task<ReportTable> RunAsync(string name, ReportPeriod period = ReportPeriod.Day) =>
        pipeline.Reports.RunAsync(name, new ReportRequest(new ReportRange(ScriptedDay.Day, ScriptedDay.Day.AddDays(1), period), 20, 10));
}
