using Ivr.Server.Planning.Forecasting;
using Ivr.Server.Planning.Queueing;

namespace Ivr.Server.Planning;

/// <summary>
/// The need of languages one team of counselors answers together, per half hour: their loads added (AHT weighted by
/// calls, patience total wait / abandoned of them all) and staffed as one queue, next to the sum of their needs alone.
/// Pooling needs fewer counselors (the Erlang economy of scale) only if every one of them speaks every language pooled.
/// </summary>
public sealed record PooledRequirement(DateOnly Date, int Interval, double Offered, double HandleSeconds, double? PatienceSeconds, int Alone, RequirementCell Pooled)
{
    public const int MaxLanguages = 20;

    public static List<PooledRequirement> For(
        IReadOnlyList<RequirementCell> alone, IReadOnlyDictionary<string, LanguageProfile> profiles, IReadOnlyCollection<string> languages, StaffingTarget target)
    {
        var pooled = profiles.Where(pair => languages.Contains(pair.Key)).Select(pair => pair.Value).ToList();
        var patience = LanguageProfile.Patience(pooled.Sum(profile => profile.Abandoned), pooled.Sum(profile => profile.Waited));
        var name = string.Join('+', languages);
        return [.. alone.Where(cell => languages.Contains(cell.Forecast.Language))
            .GroupBy(cell => (cell.Forecast.Date, cell.Forecast.Interval))
            .OrderBy(group => group.Key)
            .Select(group =>
            {
                var offered = group.Sum(cell => cell.Forecast.Offered);
                var handle = group.Sum(cell => cell.Forecast.Offered * cell.Forecast.HandleSeconds) / offered;
                var together = RequirementCell.For(new ForecastCell(group.Key.Date, name, group.Key.Interval, offered, handle), patience, target);
                return new PooledRequirement(group.Key.Date, group.Key.Interval, offered, handle, patience, group.Sum(cell => cell.Required), together);
            })];
    }
}
