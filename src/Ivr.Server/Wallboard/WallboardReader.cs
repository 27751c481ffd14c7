using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Rollups;
using Ivr.Server.Planning.Plans;
using Ivr.Server.Reporting;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Wallboard;

/// <summary>
/// Builds the wallboard: live counters from the ACD (the same source as <c>/api/staffing/statistics</c>) and today's
/// service level from the call-record rollups, which trail the calls by the records writer's delay (about a second), and the
/// last 30 minutes' from the call records (<see cref="RecentServiceLevels"/>), and the staffing plan against the
/// counselors signed in (<see cref="StaffingOutlook"/>).
/// </summary>
public sealed class WallboardReader(
    AcdEngine engine,
    ServiceReports reports,
    IServiceScopeFactory scopes,
    IOptions<CallRecordsOptions> records,
    IOptions<ReportingOptions> reporting,
    StaffingOutlook staffing,
    TimeProvider clock)
{
    private readonly TimeZoneInfo timeZone = records.Value.ResolveTimeZone();

    public async Task<WallboardSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        WallboardThresholds thresholds;
        Dictionary<string, double> lastHalfHour;
        var now = clock.GetUtcNow();
        await using (var scope = scopes.CreateAsyncScope())
        {
            thresholds = await scope.ServiceProvider.GetRequiredService<WallboardThresholdStore>().GetAsync(cancellationToken);
            lastHalfHour = await RecentServiceLevels.ReadAsync(scope.ServiceProvider.GetRequiredService<RecordsDbContext>(), now,
                thresholds.ServiceLevelSeconds, reporting.Value.ShortAbandonSeconds, cancellationToken);
        }
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, timeZone).DateTime);
        var statistics = await Task.WhenAll(engine.Languages.Order(StringComparer.Ordinal).Select(engine.GetStatisticsAsync));
        var serviceLevels = await ServiceLevelsAsync(today, thresholds.ServiceLevelSeconds, cancellationToken);
        var plan = await staffing.ReadAsync(now, statistics.Select(language => language.Language), cancellationToken);
        var rows = statistics.Select(language => Row(language, serviceLevels.GetValueOrDefault(language.Language),
            lastHalfHour.TryGetValue(language.Language, out var recent) ? recent : null, plan.Languages.GetValueOrDefault(language.Language))).ToList();
        return new WallboardSnapshot(now, today, thresholds, rows, plan.PlanVersion > 0 ? plan.Start : null);
    }

    private static WallboardRow Row(LanguageStatistics language, double? serviceLevel, double? lastHalfHour, LanguageOutlook? outlook)
    {
        var signedIn = language.Available + language.Reserved + language.OnCall + language.WrapUp + language.Break + language.Missed;
        return new WallboardRow(
            language.Language, language.Waiting, Math.Round(language.LongestWait.TotalSeconds), Math.Round(language.ExpectedWaitForNewCaller.TotalSeconds),
            language.Available, language.Reserved, language.OnCall, language.WrapUp, language.Break, language.Missed, language.Offline,
            language.AnsweredToday, language.AbandonedToday,
            language.AnsweredToday + language.AbandonedToday is var ended and > 0 ? Math.Round(100.0 * language.AbandonedToday / ended, 1) : null,
            serviceLevel, language.CallbacksWaiting, language.CallbacksScheduled, lastHalfHour,
            outlook?.Required, outlook?.Planned, signedIn, outlook?.Gap(signedIn));
    }

    private async Task<Dictionary<string, double?>> ServiceLevelsAsync(DateOnly today, int serviceLevelSeconds, CancellationToken cancellationToken)
    {
        var shortAbandon = reporting.Value.ShortAbandonSeconds;
        var table = await reports.LanguageServiceAsync(new ReportRange(today, today.AddDays(1)), WaitThresholds.ArrayIndex(serviceLevelSeconds)!.Value,
            WaitThresholds.ArrayIndex(shortAbandon)!.Value, serviceLevelSeconds, shortAbandon, cancellationToken);
        var language = Column(table, "language");
        var serviceLevel = Column(table, "service_level_pct");
        return table.Rows.ToDictionary(row => (string)row[language]!, row => row[serviceLevel] is { } value ? Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) : (double?)null);
    }

    private static int Column(ReportTable table, string name) => table.Columns.ToList().IndexOf(name);
}
