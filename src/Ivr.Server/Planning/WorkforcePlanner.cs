using Ivr.Server.Planning.Forecasting;
using Ivr.Server.Planning.Queueing;

namespace Ivr.Server.Planning;

/// <summary>Forecast, backtest and requirement for the <see cref="Forecaster.HorizonDays"/> days from a date (docs/planning.md).</summary>
public sealed class WorkforcePlanner(IntervalHistoryReader history, IPlanningCalendar calendar)
{
    public DateOnly Today => calendar.Today;

    public Task<(List<ForecastCell> Cells, IReadOnlyDictionary<string, LanguageProfile> Profiles)> ForecastAsync(DateOnly from, CancellationToken cancellationToken) =>
        ForecastAsync(from, Forecaster.HorizonDays, cancellationToken);

    private async Task<(List<ForecastCell> Cells, IReadOnlyDictionary<string, LanguageProfile> Profiles)> ForecastAsync(DateOnly from, int days, CancellationToken cancellationToken)
    {
        var holidays = await calendar.HolidaysAsync(cancellationToken);
        var rows = await history.ReadAsync(from.AddDays(-7 * Forecaster.HistoryWeeks), from, cancellationToken);
        var profiles = Forecaster.Profiles(rows, from, holidays);
        return (Forecaster.Forecast(profiles, from, days, holidays), profiles);
    }

    public async Task<List<BacktestResult>> BacktestAsync(DateOnly from, CancellationToken cancellationToken)
    {
        var holidays = await calendar.HolidaysAsync(cancellationToken);
        var rows = await history.ReadAsync(from.AddDays(-Forecaster.HorizonDays - 7 * Forecaster.HistoryWeeks), from, cancellationToken);
        return BacktestResult.Run(rows, from, holidays);
    }

    public async Task<List<RequirementCell>> RequirementAsync(DateOnly from, StaffingTarget target, CancellationToken cancellationToken) =>
        (await RequirementWithProfilesAsync(from, target, cancellationToken)).Cells;

    /// <summary>The requirement of one date alone (the wallboard's day).</summary>
    public async Task<List<RequirementCell>> RequirementOnAsync(DateOnly date, StaffingTarget target, CancellationToken cancellationToken) =>
        (await RequirementWithProfilesAsync(date, target, cancellationToken, days: 1)).Cells;

    /// <summary>The need of <paramref name="languages"/> staffed as one queue per half hour, next to the sum of their needs alone.</summary>
    public async Task<List<PooledRequirement>> PooledAsync(DateOnly from, IReadOnlyCollection<string> languages, StaffingTarget target, CancellationToken cancellationToken) =>
        (await PooledAsync(from, [languages], target, cancellationToken))[0];

    /// <summary>The pooled need of each team, from one forecast and requirement.</summary>
    public async Task<List<List<PooledRequirement>>> PooledAsync(
        DateOnly from, IReadOnlyList<IReadOnlyCollection<string>> teams, StaffingTarget target, CancellationToken cancellationToken)
    {
        var (cells, profiles) = await RequirementWithProfilesAsync(from, target, cancellationToken);
        return [.. teams.Select(languages => PooledRequirement.For(cells, profiles, languages, target))];
    }

    private async Task<(List<RequirementCell> Cells, IReadOnlyDictionary<string, LanguageProfile> Profiles)> RequirementWithProfilesAsync(
        DateOnly from, StaffingTarget target, CancellationToken cancellationToken, int days = Forecaster.HorizonDays)
    {
        var (cells, profiles) = await ForecastAsync(from, days, cancellationToken);
        var requirement = new RequirementCell[cells.Count];
        Parallel.For(0, cells.Count, i => requirement[i] = RequirementCell.For(cells[i], profiles[cells[i].Language].PatienceSeconds, target));
        return ([.. requirement], profiles);
    }
}
