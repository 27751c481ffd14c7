using Ivr.Server.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Reporting;

/// <summary><c>GET /api/reports/{name}?from=yyyy-MM-dd&amp;to=yyyy-MM-dd&amp;period=day|month|year[&amp;format=csv]</c>, for supervisors and operations staff.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/api/reports")
            .WithTags("Reports")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations));
        foreach (var name in CallReports.Names)
        {
            reports.MapGet("/" + name, ([AsParameters] ReportQuery query, CallReports catalog, IOptions<ReportingOptions> options, CancellationToken cancellationToken) =>
                    RunAsync(name, query, catalog, options.Value, cancellationToken))
                .WithName("report-" + name);
        }
        return endpoints;
    }

    public sealed record ReportQuery(string? From, string? To, string? Period, int? ServiceLevelSeconds, int? ShortAbandonSeconds, string? Format);

    private static async Task<Results<Ok<ReportTable>, FileContentHttpResult, ValidationProblem>> RunAsync(
        string name, ReportQuery query, CallReports catalog, ReportingOptions options, CancellationToken cancellationToken)
    {
        var (request, errors) = ReportRequest.Parse(query.From, query.To, query.Period, query.ServiceLevelSeconds, query.ShortAbandonSeconds, options);
        if (query.Format is not (null or "json" or "csv"))
        {
            errors["format"] = ["'format' must be json or csv."];
        }
        if (request is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var table = await catalog.RunAsync(name, request, cancellationToken);
        return query.Format == "csv"
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ReportCsv.Write(table)), "text/csv; charset=utf-8", $"{name}-{request.Range.From:yyyyMMdd}-{request.Range.To:yyyyMMdd}.csv")
            : TypedResults.Ok(table);
    }
}
