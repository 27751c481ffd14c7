using Ivr.Server.CallRecords;
using Ivr.Server.Planning.Forecasting;
using Ivr.Server.Planning.Queueing;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Planning.Plans;

/// <summary>
/// A language's half hours from now to an hour ahead (the current one and the next two, not past midnight): the
/// counselors required (for the plan's target, <see cref="StaffingPlan.Target"/>) and planned.
/// </summary>
public sealed record LanguageOutlook(string Language, IReadOnlyList<IntervalOutlook> NextHour)
{
    public int Required => NextHour[0].Required;
    public int Planned => NextHour[0].Planned;

    /// <summary>
    /// The largest shortfall of the hour ahead: a half hour planned below its requirement, or planned above the
    /// counselors of the language <paramref name="signedIn"/> now (a shift coming up short).
    /// </summary>
    public int Gap(int signedIn) => NextHour.Max(interval => Math.Max(0, Math.Max(interval.Required - interval.Planned, interval.Planned - signedIn)));
}

public sealed record IntervalOutlook(int Interval, int Required, int Planned);

/// <summary>The half hour now in the center's time zone and, when a plan was saved, each language's outlook.</summary>
public sealed record StaffingNow(DateOnly Date, int Interval, int PlanVersion, IReadOnlyDictionary<string, LanguageOutlook> Languages)
{
    public string Start => new ForecastCell(Date, "", Interval, 0, 0).Start;
}

/// <summary>
/// Plan against live (docs/planning.md): today's requirement, computed once per <see cref="RequirementRefresh"/> and
/// date, and the newest plan, read again when its version changes.
/// </summary>
public sealed class StaffingOutlook(WorkforcePlanner planner, IServiceScopeFactory scopes, IOptions<CallRecordsOptions> records, TimeProvider clock)
{
    public static readonly TimeSpan RequirementRefresh = TimeSpan.FromMinutes(15);
    public const int HalfHoursAhead = 2;

    private readonly TimeZoneInfo timeZone = records.Value.ResolveTimeZone();
    private volatile RequirementDay? requirement;
    private volatile PlanView? plan;

    private sealed record RequirementDay(DateOnly Date, StaffingTarget Target, DateTimeOffset At, Dictionary<(string Language, int Interval), int> Required);

    public async Task<StaffingNow> ReadAsync(DateTimeOffset now, IEnumerable<string> languages, CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(now, timeZone).DateTime;
        var date = DateOnly.FromDateTime(local);
        var interval = (local.Hour * 60 + local.Minute) / ForecastCell.Minutes;
        var current = await PlanAsync(cancellationToken);
        if (current.Version == 0)
        {
            return new StaffingNow(date, interval, 0, new Dictionary<string, LanguageOutlook>());
        }
        var required = (await RequirementAsync(date, current.Plan.Target ?? new StaffingTarget(), cancellationToken)).Required;
        var ahead = Enumerable.Range(interval, Math.Min(HalfHoursAhead, StaffingPlan.Intervals - 1 - interval) + 1).ToList();
        return new StaffingNow(date, interval, current.Version, languages.ToDictionary(language => language, language =>
        {
            var planned = current.Plan.Day(date, language)?.Counts;
            return new LanguageOutlook(language,
                [.. ahead.Select(half => new IntervalOutlook(half, required.GetValueOrDefault((language, half)), planned?[half] ?? 0))]);
        }, StringComparer.Ordinal));
    }

    private async Task<PlanView> PlanAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<PlanStore>();
        var version = await store.VersionAsync(cancellationToken);
        if (plan is { } known && known.Version == version)
        {
            return known;
        }
        return plan = await store.CurrentAsync(cancellationToken);
    }

    private async Task<RequirementDay> RequirementAsync(DateOnly date, StaffingTarget target, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (requirement is { } known && known.Date == date && known.Target == target && now - known.At < RequirementRefresh)
        {
            return known;
        }
        var cells = await planner.RequirementOnAsync(date, target, cancellationToken);
        return requirement = new RequirementDay(date, target, now,
            cells.ToDictionary(cell => (cell.Forecast.Language, cell.Forecast.Interval), cell => cell.Required));
    }
}
