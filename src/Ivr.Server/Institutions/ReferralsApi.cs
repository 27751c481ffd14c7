using System.Security.Claims;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.CallRecords;
using Ivr.Server.Staffing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Institutions;

/// <summary>
/// Referrals (the wrap-up disposition "referred to an institution"): a counselor saves the hand-off record of a call
/// (<c>POST /api/counselor/referrals</c>, audited); supervisors and operations staff read a call's referrals
/// (<c>GET /api/institutions/referrals?callSid=</c>); the <c>referrals</c> report counts them per institution and period.
/// </summary>
public static class ReferralsApi
{
    public sealed record ReferralView(Guid Id, string CallSid, string InstitutionId, string? InstitutionName, string What, bool Consent,
        string Counselor, string ReferredBy, DateTimeOffset ReferredAt);

    internal static void Map(IEndpointRouteBuilder endpoints, RouteGroupBuilder institutions)
    {
        endpoints.MapPost("/api/counselor/referrals", ReferAsync).WithTags("Softphone")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Counselor)).WithName("referral-save");
        institutions.MapGet("/referrals", ListAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations)).WithName("referrals");
    }

    private static async Task<Results<Created<ReferralView>, ValidationProblem, NotFound<string>>> ReferAsync(ReferralRequest request,
        ClaimsPrincipal user, CounselorLink links, InstitutionDirectory directory, InstitutionsDbContext db, AuditLog audit,
        IOptions<CallRecordsOptions> records, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await links.CounselorIdAsync(user, cancellationToken) is not { } counselor)
        {
            return TypedResults.NotFound(CounselorLink.NotLinked);
        }
        var institution = await directory.FindAsync(request.InstitutionId, cancellationToken);
        var errors = ReferralRules.Check(request, institution);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var now = clock.GetUtcNow();
        var referral = new Referral
        {
            Id = Guid.NewGuid(), CallSid = request.CallSid!.Trim(), InstitutionId = institution!.Id, What = request.What!.Trim(),
            Consent = request.Consent!.Value, Counselor = counselor, ReferredBy = user.FindFirstValue(ClaimTypes.Name) ?? counselor,
            ReferredAt = now, Day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, records.Value.ResolveTimeZone()).DateTime),
        };
        db.Referrals.Add(referral);
        // The audit names the call and the institution, never what was referred (it may say who the caller is).
        await audit.SaveChangesAsync(db, "referrals.create", $"call:{referral.CallSid}",
            $"referred to {institution.Id}, consent {(referral.Consent ? "yes" : "no")}", cancellationToken);
        return TypedResults.Created($"/api/institutions/referrals?callSid={Uri.EscapeDataString(referral.CallSid)}", View(referral, institution));
    }

    private static async Task<Results<Ok<List<ReferralView>>, ValidationProblem>> ListAsync(string? callSid, InstitutionsDbContext db,
        InstitutionDirectory directory, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(callSid))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["callSid"] = ["callSid is required."] });
        }
        var referrals = await db.Referrals.AsNoTracking().Where(row => row.CallSid == callSid).OrderBy(row => row.ReferredAt).ToListAsync(cancellationToken);
        var all = await directory.AllAsync(cancellationToken);
        return TypedResults.Ok(referrals.Select(referral => View(referral, all.FirstOrDefault(i => i.Id == referral.InstitutionId))).ToList());
    }

    private static ReferralView View(Referral referral, Institution? institution) => new(referral.Id, referral.CallSid, referral.InstitutionId,
        institution?.NameKo, referral.What, referral.Consent, referral.Counselor, referral.ReferredBy, referral.ReferredAt);
}
