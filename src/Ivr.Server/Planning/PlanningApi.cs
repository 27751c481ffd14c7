using System.Globalization;
using Ivr.Acd.Routing;
using Ivr.Server.Authorization;
using Ivr.Server.Planning.Forecasting;
using Ivr.Server.Planning.Plans;
using Ivr.Server.Planning.Queueing;
using Ivr.Server.Reporting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.Planning;

/// <summary>
/// <c>GET /api/planning/{forecast|backtest|requirement}?from=yyyy-MM-dd[&amp;language=..][&amp;format=csv]</c> for supervisors and
/// operations staff: the 28 days from <c>from</c> (default today), as report tables (JSON or CSV). The requirement takes
/// <c>serviceLevel</c> (0.8), <c>targetSeconds</c> (20) and <c>maxOccupancy</c> (0.85).
/// </summary>
public static class PlanningApi
{
    public static IEndpointRouteBuilder MapPlanning(this IEndpointRouteBuilder endpoints)
    {
        var planning = endpoints.MapGroup("/api/planning")
            .WithTags("Planning")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations));
        planning.MapGet("/forecast", ([AsParameters] PlanningQuery query, WorkforcePlanner planner, CancellationToken cancellationToken) =>
            RespondAsync("forecast", query, planner, null, async from => ForecastTable((await planner.ForecastAsync(from, cancellationToken)).Cells, query.Language)))
            .WithName("planning-forecast").WithSummary("Queued callers and handling time expected per language and half hour, 28 days");
        planning.MapGet("/backtest", ([AsParameters] PlanningQuery query, WorkforcePlanner planner, CancellationToken cancellationToken) =>
            RespondAsync("backtest", query, planner, null, async from => BacktestTable(await planner.BacktestAsync(from, cancellationToken), query.Language)))
            .WithName("planning-backtest").WithSummary("The 28 days before 'from' forecast from the weeks before them against what came: MAPE per language");
        planning.MapGet("/requirement", ([AsParameters] PlanningQuery query, WorkforcePlanner planner, CancellationToken cancellationToken) =>
            {
                var target = new StaffingTarget(query.ServiceLevel ?? 0.8, query.TargetSeconds ?? 20, query.MaxOccupancy ?? 0.85);
                return RespondAsync("requirement", query, planner, target,
                    async from => RequirementTable(await planner.RequirementAsync(from, target, cancellationToken), query.Language, target));
            })
            .WithName("planning-requirement").WithSummary("Counselors needed per language and half hour by Erlang C and Erlang A, 28 days");
        planning.MapGet("/pooled-requirement", ([AsParameters] PlanningQuery query, WorkforcePlanner planner, CancellationToken cancellationToken) =>
            {
                var target = new StaffingTarget(query.ServiceLevel ?? 0.8, query.TargetSeconds ?? 20, query.MaxOccupancy ?? 0.85);
                var languages = (query.Languages ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
                var problem = languages.Count is < 2 or > PooledRequirement.MaxLanguages || languages.Any(code => !LanguageCode.IsValid(code))
                    ? $"'languages' must list 2 to {PooledRequirement.MaxLanguages} language codes, comma-separated ({LanguageCode.Rule})."
                    : null;
                return RespondAsync("pooled-requirement", query, planner, target,
                    async from => PooledTable(await planner.PooledAsync(from, languages, target, cancellationToken), target), ("languages", problem));
            })
            .WithName("planning-pooled-requirement").WithSummary("Counselors needed per half hour by languages one team answers together, against the sum of their needs alone");
        planning.MapGet("/teams", ([AsParameters] PlanningQuery query, WorkforcePlanner planner, LanguageTeams teams, CancellationToken cancellationToken) =>
            {
                var target = new StaffingTarget(query.ServiceLevel ?? 0.8, query.TargetSeconds ?? 20, query.MaxOccupancy ?? 0.85);
                return RespondAsync("teams", query, planner, target, async from =>
                {
                    var found = await teams.ReadAsync(cancellationToken);
                    var pooled = await planner.PooledAsync(from, [.. found.Select(team => (IReadOnlyCollection<string>)team.Languages)], target, cancellationToken);
                    return TeamsTable([.. found.Zip(pooled, (team, cells) =>
                    {
                        var (alone, together) = (cells.Sum(cell => cell.Alone), cells.Sum(cell => cell.Pooled.Required));
                        return new object?[] { team.Name, team.Counselors, alone, together, alone == 0 ? null : Round(100.0 * (alone - together) / alone) };
                    })], target);
                });
            })
            .WithName("planning-teams").WithSummary("The teams staffing's skills make (counselors of the same two or more languages): their languages' needs alone and pooled over 28 days");
        planning.MapStaffingPlan();
        return endpoints;
    }

    public sealed record PlanningQuery(string? From, string? Language, double? ServiceLevel, double? TargetSeconds, double? MaxOccupancy, string? Format, string? Languages);

    private static async Task<Results<Ok<ReportTable>, FileContentHttpResult, ValidationProblem>> RespondAsync(
        string name, PlanningQuery query, WorkforcePlanner planner, StaffingTarget? target, Func<DateOnly, Task<ReportTable>> build,
        (string Parameter, string? Problem)? extra = null)
    {
        var errors = target?.Validate() ?? [];
        if (extra is ({ } parameter, { } problem))
        {
            errors[parameter] = [problem];
        }
        var from = planner.Today;
        if (query.From is not null
            && (!DateOnly.TryParseExact(query.From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out from)
                || from < ReportRange.Earliest || from > ReportRange.Latest.AddDays(-Forecaster.HorizonDays)))
        {
            errors["from"] = [$"'from' must be a date yyyy-MM-dd between {ReportRange.Earliest:yyyy-MM-dd} and {ReportRange.Latest.AddDays(-Forecaster.HorizonDays):yyyy-MM-dd}."];
        }
        if (query.Format is not (null or "json" or "csv"))
        {
            errors["format"] = ["'format' must be json or csv."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var table = await build(from);
        return query.Format == "csv"
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ReportCsv.Write(table)), "text/csv; charset=utf-8", $"planning-{name}-{from:yyyyMMdd}.csv")
            : TypedResults.Ok(table);
    }

    private static bool Wanted(string language, string? filter) => filter is null || filter == language;

    private static ReportTable ForecastTable(List<ForecastCell> cells, string? language) => new(
        "forecast",
        $"Queued callers (offered, abandoned included) and AHT (talk + hold + wrap-up) per half hour: the weighted average of the last {Forecaster.HistoryWeeks} weeks' daily totals per weekday × the weekday's half-hour profile; holidays excluded from the history.",
        ["date", "language", "interval", "offered", "ahtSeconds"],
        [.. cells.Where(cell => Wanted(cell.Language, language))
            .Select(cell => new object?[] { cell.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cell.Language, cell.Start, Round(cell.Offered), Round(cell.HandleSeconds) })]);

    private static ReportTable BacktestTable(List<BacktestResult> results, string? language) => new(
        "backtest",
        $"The {Forecaster.HorizonDays} days before 'from', forecast from the weeks before them: daily MAPE over days with calls, and the half hours' absolute error / calls (WAPE), in percent.",
        ["language", "actual", "forecast", "dailyMapePercent", "intervalWapePercent"],
        [.. results.Where(result => Wanted(result.Language, language))
            .Select(result => new object?[] { result.Language, result.Actual, Round(result.Forecast), Round(result.DailyMape), Round(result.IntervalWape) })]);

    private static ReportTable RequirementTable(List<RequirementCell> cells, string? language, StaffingTarget target) => new(
        "requirement",
        $"Counselors for {target.ServiceLevel:P0} answered within {target.TargetSeconds:0} s at most {target.MaxOccupancy:P0} occupancy, per language alone: 'required' is Erlang A with the language's measured patience, Erlang C where nobody abandoned.",
        ["date", "language", "interval", "offered", "ahtSeconds", "patienceSeconds", "erlangC", "erlangA", "required", "model", "serviceLevel", "occupancy", "abandonPercent"],
        [.. cells.Where(cell => Wanted(cell.Forecast.Language, language))
            .Select(cell => new object?[]
            {
                cell.Forecast.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cell.Forecast.Language, cell.Forecast.Start,
                Round(cell.Forecast.Offered), Round(cell.Forecast.HandleSeconds), Round(cell.PatienceSeconds), cell.ErlangC, cell.ErlangA, cell.Required,
                cell.Model, Round(cell.Achieved.ServiceLevel, 4), Round(cell.Achieved.Occupancy, 4), Round(100 * cell.Achieved.AbandonProbability),
            })]);

    private static ReportTable PooledTable(List<PooledRequirement> cells, StaffingTarget target) => new(
        "pooled-requirement",
        $"Counselors for {target.ServiceLevel:P0} answered within {target.TargetSeconds:0} s at most {target.MaxOccupancy:P0} occupancy when one team answers all the languages listed ('pooled', one queue) against the sum of each language staffed alone ('alone', what the requirement uses).",
        ["date", "interval", "languages", "offered", "ahtSeconds", "patienceSeconds", "alone", "pooled", "model", "serviceLevel", "occupancy"],
        [.. cells.Select(cell => new object?[]
            {
                cell.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cell.Pooled.Forecast.Start, cell.Pooled.Forecast.Language, Round(cell.Offered),
                Round(cell.HandleSeconds), Round(cell.PatienceSeconds), cell.Alone, cell.Pooled.Required, cell.Pooled.Model,
                Round(cell.Pooled.Achieved.ServiceLevel, 4), Round(cell.Pooled.Achieved.Occupancy, 4),
            })]);

    private static ReportTable TeamsTable(List<object?[]> rows, StaffingTarget target) => new(
        "teams",
        $"Counselors who answer the same two or more languages form a team (from their skills). Over the 28 days, counselor-half-hours for {target.ServiceLevel:P0} " +
        $"within {target.TargetSeconds:0} s: 'alone' sums each language staffed alone (what the requirement and the plan use), 'pooled' staffs the team's languages as " +
        "one queue (only right when every counselor of the team speaks every one of them), 'fewerPercent' is what pooling saves.",
        ["languages", "counselors", "alone", "pooled", "fewerPercent"], rows);

    private static double? Round(double? value, int digits = 2) => value is { } v ? Math.Round(v, digits) : null;
}
