using System.Collections.Concurrent;
using Ivr.Server.CallRecords;
using Ivr.Server.Planning.Forecasting;
using Ivr.Server.Planning.Queueing;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Planning.Plans;

/// <summary>
/// A language's half hours from now to an hour ahead (the current one and the next two, into the next day after
/// 23:00): the counselors required (for the plan's target, <see cref="StaffingPlan.Target"/>) and planned.
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

public sealed record IntervalOutlook(DateOnly Date, int Interval, int Required, int Planned);

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
    private readonly ConcurrentDictionary<DateOnly, RequirementDay> requirements = new();
    private volatile PlanView? plan;

    private sealed record RequirementDay(StaffingTarget Target, DateTimeOffset At, Dictionary<(string Language, int Interval), int> Required);

    public async Task<StaffingNow> ReadAsync(DateTimeOffset now, IEnumerable<string> languages, CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(now, timeZone).DateTime;
        var ahead = Enumerable.Range(0, HalfHoursAhead + 1)
            .Select(half => local.AddMinutes(half * ForecastCell.Minutes))
            .Select(moment => (Date: DateOnly.FromDateTime(moment), Interval: (moment.Hour * 60 + moment.Minute) / ForecastCell.Minutes))
            .ToList();
        var (date, interval) = ahead[0];
        var current = await PlanAsync(cancellationToken);
        if (current.Version == 0)
        {
            return new StaffingNow(date, interval, 0, new Dictionary<string, LanguageOutlook>());
        }
        var target = current.Plan.Target ?? new StaffingTarget();
        var required = new Dictionary<DateOnly, Dictionary<(string Language, int Interval), int>>();
        foreach (var day in ahead.Select(half => half.Date).Distinct())
        {
            required[day] = (await RequirementAsync(day, target, cancellationToken)).Required;
        }
        return new StaffingNow(date, interval, current.Version, languages.ToDictionary(language => language, language =>
            new LanguageOutlook(language, [.. ahead.Select(half => new IntervalOutlook(half.Date, half.Interval,
                required[half.Date].GetValueOrDefault((language, half.Interval)), current.Plan.Day(half.Date, language)?.Counts[half.Interval] ?? 0))]),
            StringComparer.Ordinal));
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
        if (requirements.TryGetValue(date, out var known) && known.Target == target && now - known.At < RequirementRefresh)
        {
            return known;
        }
        var cells = await planner.RequirementOnAsync(date, target, cancellationToken);
        foreach (var past in requirements.Keys.Where(day => day < date.AddDays(-1)))
        {
            requirements.TryRemove(past, out _);
        }
        return requirements[date] = new RequirementDay(target, now,
            cells.ToDictionary(cell => (cell.Forecast.Language, cell.Forecast.Interval), cell => cell.Required));
    }
}
