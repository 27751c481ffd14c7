using Ivr.Server.Authorization;
using Ivr.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Auditing;

/// <summary>
/// The audit log for supervisors and operations staff: newest first, filtered by who, what, which thing and when,
/// paged by keyset (<c>before</c> = the last id of the previous page) so paging stays fast on a long log.
/// </summary>
public static class AuditApi
{
    public const int MaxLimit = 500;

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/audit", ListAsync).WithName("audit-log").WithTags("Audit")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations));
        return endpoints;
    }

    public sealed record AuditQuery(
        string? Actor, string? Action, string? Subject, DateTimeOffset? From, DateTimeOffset? To, long? Before, int? Limit);

    public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, long? Next);

    private static async Task<Results<Ok<AuditPage>, ValidationProblem>> ListAsync([AsParameters] AuditQuery query, IvrDbContext db, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? 100;
        if (limit is < 1 or > MaxLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"Limit must be between 1 and {MaxLimit}."] });
        }
        if (query.From is { } from && query.To is { } to && from > to)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["From must not be after to."] });
        }

        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            entries = entries.Where(entry => entry.Actor == query.Actor);
        }
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(entry => entry.Action.StartsWith(query.Action));
        }
        if (!string.IsNullOrWhiteSpace(query.Subject))
        {
            entries = entries.Where(entry => entry.Subject.Contains(query.Subject));
        }
        if (query.From is { } since)
        {
            entries = entries.Where(entry => entry.At >= since);
        }
        if (query.To is { } until)
        {
            entries = entries.Where(entry => entry.At < until);
        }
        if (query.Before is { } before)
        {
            entries = entries.Where(entry => entry.Id < before);
        }
        var page = await entries.OrderByDescending(entry => entry.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var more = page.Count > limit;
        if (more)
        {
            page.RemoveAt(limit);
        }
        return TypedResults.Ok(new AuditPage(page, more ? page[^1].Id : null));
    }
}
