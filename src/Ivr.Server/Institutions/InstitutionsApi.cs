using System.Security.Claims;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Institutions;

/// <summary>
/// The partner institution directory (<c>/api/institutions</c>): supervisors and operations staff read it, operations
/// staff change it (audited); counselors search it for the softphone's picker (<c>/search</c>, read only).
/// </summary>
public static class InstitutionsApi
{
    public static IEndpointRouteBuilder MapInstitutions(this IEndpointRouteBuilder endpoints)
    {
        var institutions = endpoints.MapGroup("/api/institutions").WithTags("Institutions");
        institutions.MapGet("", (InstitutionDirectory directory, CancellationToken cancellationToken) => directory.AllAsync(cancellationToken))
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations)).WithName("institutions");
        institutions.MapGet("/search", (string? q, InstitutionDirectory directory, CancellationToken cancellationToken) =>
                directory.SearchAsync(q, cancellationToken))
            .RequireAuthorization(policy => policy.RequireRole(Roles.Counselor, Roles.Supervisor, Roles.Operations)).WithName("institutions-search");
        institutions.MapPut("/{id}", SaveAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Operations)).WithName("institution-save");
        institutions.MapDelete("/{id}", DeleteAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Operations)).WithName("institution-delete");
        ReferralsApi.Map(endpoints, institutions);
        return endpoints;
    }

    private static async Task<Results<Ok<Institution>, ValidationProblem>> SaveAsync(string id, InstitutionRequest request,
        InstitutionsDbContext db, AuditLog audit, InstitutionDirectory directory, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = InstitutionRules.Check(id, request);
        var code = string.IsNullOrWhiteSpace(request.Code) ? null : request.Code.Trim();
        if (errors.Count == 0 && code is not null && await db.Institutions.AnyAsync(row => row.Code == code && row.Id != id, cancellationToken))
        {
            errors["code"] = [$"Another institution already has the code {code}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var institution = await db.Institutions.SingleOrDefaultAsync(row => row.Id == id, cancellationToken);
        var created = institution is null;
        if (institution is null)
        {
            institution = new Institution { Id = id, NameKo = "", NameEn = "", Kind = "" };
            db.Institutions.Add(institution);
        }
        institution.NameKo = request.NameKo!.Trim();
        institution.NameEn = request.NameEn!.Trim();
        institution.Kind = request.Kind!;
        institution.Numbers = [.. request.Numbers!];
        institution.Hours = string.IsNullOrWhiteSpace(request.Hours) ? null : request.Hours.Trim();
        institution.Departments = [.. (request.Departments ?? []).Select(d => new InstitutionDepartment { Name = d.Name!.Trim(), Number = d.Number! })];
        institution.Code = code;
        // The names outlive the institution: reports name a deleted institution's calls and referrals from them.
        if (await db.Names.SingleOrDefaultAsync(row => row.Id == id, cancellationToken) is { } names)
        {
            (names.NameKo, names.NameEn) = (institution.NameKo, institution.NameEn);
        }
        else
        {
            db.Names.Add(new InstitutionName { Id = id, NameKo = institution.NameKo, NameEn = institution.NameEn });
        }
        institution.ChangedAt = clock.GetUtcNow();
        institution.ChangedBy = user.FindFirstValue(ClaimTypes.Name) ?? "";
        await audit.SaveChangesAsync(db, created ? "institutions.create" : "institutions.update", $"institution:{id}",
            $"{institution.NameKo} / {institution.NameEn} ({institution.Kind}): {string.Join(' ', institution.Numbers)}; " +
            $"{institution.Departments.Count} departments", cancellationToken);
        directory.Changed();
        return TypedResults.Ok(institution);
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(string id, InstitutionsDbContext db, AuditLog audit,
        InstitutionDirectory directory, CancellationToken cancellationToken)
    {
        if (await db.Institutions.SingleOrDefaultAsync(row => row.Id == id, cancellationToken) is not { } institution)
        {
            return TypedResults.NotFound();
        }
        db.Institutions.Remove(institution);
        await audit.SaveChangesAsync(db, "institutions.delete", $"institution:{id}", $"{institution.NameKo} / {institution.NameEn}", cancellationToken);
        directory.Changed();
        return TypedResults.NoContent();
    }
}
