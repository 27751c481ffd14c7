using System.Globalization;
using System.Security.Claims;
using Ivr.Server.Authorization;
using Ivr.Server.Configuration;
using Ivr.Server.Planning.Queueing;
using Ivr.Server.Reporting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.Planning.Plans;

/// <summary>
/// The staffing plan under <c>/api/planning/plan</c> (docs/planning.md): supervisors and operations read it, operations
/// save cells (a new version with a note, audited) or accept the requirement as the plan; <c>/plan/days</c> is the plan
/// in effect per date, language and half hour (JSON or CSV).
/// </summary>
public static class PlanApi
{
    public const int MaxDays = Forecasting.Forecaster.HorizonDays;

    public sealed record DaysQuery(DateOnly? From, int? Days, string? Language, string? Format);

    public static RouteGroupBuilder MapStaffingPlan(this RouteGroupBuilder planning)
    {
        planning.MapGet("/plan", (PlanStore store, CancellationToken cancellationToken) => store.CurrentAsync(cancellationToken))
            .WithName("planning-plan").WithSummary("The staffing plan: its weekly template and exceptions per date, newest version");
        planning.MapGet("/plan/versions", (PlanStore store, CancellationToken cancellationToken) => store.VersionsAsync(cancellationToken))
            .WithName("planning-plan-versions").WithSummary("Every saved version of the plan: who, when and why");
        planning.MapGet("/plan/days", DaysAsync)
            .WithName("planning-plan-days").WithSummary("Planned counselors per date, language and half hour, from the template or an exception");
        planning.MapPut("/plan", SaveAsync).RequireAuthorization(policy => policy.RequireRole(Roles.Operations))
            .WithName("planning-plan-save").WithSummary("Changes plan cells (template or date) and removes exceptions, as a new version");
        planning.MapPost("/plan/accept", AcceptAsync).RequireAuthorization(policy => policy.RequireRole(Roles.Operations))
            .WithName("planning-plan-accept").WithSummary("Copies the requirement of a date range into the plan's exceptions or its template, as a new version");
        return planning;
    }

    private static async Task<Results<Ok<ReportTable>, FileContentHttpResult, ValidationProblem>> DaysAsync(
        [AsParameters] DaysQuery query, PlanStore store, WorkforcePlanner planner, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (query.Days is < 1 or > MaxDays)
        {
            errors["days"] = [$"'days' must be 1 to {MaxDays}."];
        }
        if (query.Format is not (null or "json" or "csv"))
        {
            errors["format"] = ["'format' must be json or csv."];
        }
        if (query.From is { } date && (date < ReportRange.Earliest || date > ReportRange.Latest.AddDays(-MaxDays)))
        {
            errors["from"] = [$"'from' must be between {ReportRange.Earliest:yyyy-MM-dd} and {ReportRange.Latest.AddDays(-MaxDays):yyyy-MM-dd}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var from = query.From ?? planner.Today;
        var current = await store.CurrentAsync(cancellationToken);
        var table = PlanTable.Days(current, from, query.Days ?? 1, query.Language);
        return query.Format == "csv"
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ReportCsv.Write(table)), "text/csv; charset=utf-8", $"planning-plan-{from:yyyyMMdd}.csv")
            : TypedResults.Ok(table);
    }

    private static async Task<Results<Ok<PlanView>, ValidationProblem, Conflict<string>>> SaveAsync(
        PlanSaveRequest request, ClaimsPrincipal user, PlanStore store, ConfigurationCache configuration, CancellationToken cancellationToken)
    {
        var hours = (await configuration.GetAsync(cancellationToken)).Hours;
        var errors = PlanChecks.Save(request, code => hours.Find(code) is not null);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var current = await store.CurrentAsync(cancellationToken);
        var plan = current.Plan;
        foreach (var key in request.Clear ?? [])
        {
            plan.ClearException(key.Date!.Value, key.Language!);
        }
        foreach (var cell in request.Cells ?? [])
        {
            if (cell.Date is { } date)
            {
                plan.SetException(date, cell.Language!, cell.Interval!.Value, cell.Count!.Value);
            }
            else
            {
                plan.SetTemplate(cell.Language!, (DayOfWeek)cell.DayOfWeek!.Value, cell.Interval!.Value, cell.Count!.Value);
            }
        }
        var details = $"{request.Cells?.Count ?? 0} cells ({string.Join(", ", (request.Cells ?? []).Select(cell => cell.Language).Distinct())}), {request.Clear?.Count ?? 0} exceptions removed";
        return await SavedAsync(store, current.Version, plan, request.Note, user, details, cancellationToken);
    }

    private static async Task<Results<Ok<PlanView>, ValidationProblem, Conflict<string>>> AcceptAsync(
        PlanAcceptRequest request, ClaimsPrincipal user, PlanStore store, WorkforcePlanner planner, ConfigurationCache configuration,
        CancellationToken cancellationToken)
    {
        var hours = (await configuration.GetAsync(cancellationToken)).Hours;
        var target = new StaffingTarget(request.ServiceLevel ?? 0.8, request.TargetSeconds ?? 20, request.MaxOccupancy ?? 0.85);
        var errors = target.Validate();
        foreach (var (key, value) in PlanChecks.Accept(request, code => hours.Find(code) is not null))
        {
            errors[key] = value;
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var (from, to) = (request.From!.Value, request.To!.Value);
        var required = (await planner.RequirementAsync(from, target, cancellationToken))
            .ToDictionary(cell => (cell.Forecast.Date, cell.Forecast.Language, cell.Forecast.Interval), cell => cell.Required);
        var languages = request.Languages is { Count: > 0 } wanted ? wanted.Distinct().ToList() : [.. hours.Languages.Select(line => line.Code)];
        var current = await store.CurrentAsync(cancellationToken);
        PlanAccept.Into(current.Plan, request.Into!, from, to, languages,
            (date, language, interval) => required.GetValueOrDefault((date, language, interval)));
        current.Plan.Target = target;
        var details = string.Create(CultureInfo.InvariantCulture,
            $"requirement {from:yyyy-MM-dd}..{to:yyyy-MM-dd} into {request.Into} ({target.ServiceLevel:P0} in {target.TargetSeconds:0} s, max {target.MaxOccupancy:P0}) for {string.Join(", ", languages)}");
        return await SavedAsync(store, current.Version, current.Plan, request.Note, user, details, cancellationToken);
    }

    private static async Task<Results<Ok<PlanView>, ValidationProblem, Conflict<string>>> SavedAsync(
        PlanStore store, int after, StaffingPlan plan, string? note, ClaimsPrincipal user, string details, CancellationToken cancellationToken) =>
        await store.SaveAsync(after, plan, note, user.FindFirstValue(ClaimTypes.Name) ?? "", details, cancellationToken) is { } saved
            ? TypedResults.Ok(saved)
            : TypedResults.Conflict($"Version {after + 1} of the plan was saved by someone else meanwhile: reload and save again.");
}
