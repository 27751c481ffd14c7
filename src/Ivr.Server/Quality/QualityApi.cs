using System.Security.Claims;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.CallRecords;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Quality;

/// <summary>
/// Quality review (<c>/api/quality</c>): operations define the form (criteria and weights, versioned and audited);
/// supervisors score handled calls against it (a recorded one is played through <c>/api/recordings/{callSid}</c>, audited;
/// a call without a recording, e.g. one they listened to live, may be scored too), one review per call and reviewer (a second submission replaces the
/// first), audited. Scores per counselor and language over time are the <c>quality</c> report.
/// </summary>
public static class QualityApi
{
    public const int MaxCalls = 200;

    public sealed record CallsQuery(string? Counselor, string? Language, DateOnly? From, DateOnly? To, bool? Recorded, int? Limit);

    public static IEndpointRouteBuilder MapQuality(this IEndpointRouteBuilder endpoints)
    {
        var quality = endpoints.MapGroup("/api/quality").WithTags("Quality")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations));
        quality.MapGet("/form", (QualityDbContext db, CancellationToken cancellationToken) => db.CurrentAsync(cancellationToken))
            .WithName("quality-form");
        quality.MapPut("/form", SaveFormAsync).WithName("quality-form-save")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Operations));
        quality.MapGet("/calls", ListCallsAsync).WithName("quality-calls");
        quality.MapPost("/reviews", ReviewAsync).WithName("quality-review");
        return endpoints;
    }

    private static async Task<Results<Ok<ReviewForm>, ValidationProblem>> SaveFormAsync(
        ReviewFormRequest request, ClaimsPrincipal user, QualityDbContext db, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = ReviewForms.Check(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var current = await db.CurrentAsync(cancellationToken);
        var form = new ReviewForm
        {
            Version = current.Version + 1, Criteria = request.Criteria, Note = request.Note?.Trim(),
            CreatedBy = user.FindFirstValue(ClaimTypes.Name) ?? "", CreatedAt = clock.GetUtcNow(),
        };
        db.Forms.Add(form);
        await audit.SaveChangesAsync(db, "quality.form", $"form:v{form.Version}",
            string.Join(", ", form.Criteria.Select(criterion => $"{criterion.Key} x{criterion.Weight} /{criterion.MaxScore}")), cancellationToken);
        return TypedResults.Ok(form);
    }

    private static async Task<Results<Ok<List<ReviewableCall>>, ValidationProblem>> ListCallsAsync(
        [AsParameters] CallsQuery query, ClaimsPrincipal user, RecordsDbContext records, QualityDbContext db, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? 50;
        if (limit is < 1 or > MaxCalls)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"Limit must be between 1 and {MaxCalls}."] });
        }
        var calls = records.Calls.AsNoTracking().Where(call => call.AnsweredAt != null && call.Counselor != null && call.EndedAt != null);
        if (!string.IsNullOrWhiteSpace(query.Counselor))
        {
            calls = calls.Where(call => call.Counselor == query.Counselor);
        }
        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            calls = calls.Where(call => call.Language == query.Language);
        }
        if (query.From is { } from)
        {
            calls = calls.Where(call => call.Day >= from);
        }
        if (query.To is { } to)
        {
            calls = calls.Where(call => call.Day < to);
        }
        if (query.Recorded == true)
        {
            calls = calls.Where(call => records.CallRecordings.Any(recording => recording.CallSid == call.CallSid));
        }
        var found = await calls.OrderByDescending(call => call.AnsweredAt).Take(limit)
            .Select(call => new
            {
                call.CallSid, call.Counselor, call.Language, call.AnsweredAt, call.TalkSeconds,
                Recorded = records.CallRecordings.Any(recording => recording.CallSid == call.CallSid),
            }).ToListAsync(cancellationToken);
        var sids = found.Select(call => call.CallSid).ToList();
        var reviewer = Reviewer(user);
        var scores = await db.Reviews.AsNoTracking().Where(review => sids.Contains(review.CallSid) && review.Reviewer == reviewer)
            .ToDictionaryAsync(review => review.CallSid, review => review.Score, cancellationToken);
        return TypedResults.Ok(found.Select(call => new ReviewableCall(call.CallSid, call.Counselor!, call.Language, call.AnsweredAt, call.TalkSeconds,
            call.Recorded, scores.TryGetValue(call.CallSid, out var score) ? score : null)).ToList());
    }

    private static async Task<Results<Ok<QualityReview>, NotFound, ValidationProblem>> ReviewAsync(
        ReviewRequest request, ClaimsPrincipal user, RecordsDbContext records, QualityDbContext db, AuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var call = await records.Calls.AsNoTracking().Where(row => row.CallSid == request.CallSid)
            .Select(row => new { row.Counselor, row.Language, row.Day, row.AnsweredAt }).SingleOrDefaultAsync(cancellationToken);
        if (call is null)
        {
            return TypedResults.NotFound();
        }
        if (call is not { Counselor: { } counselor, AnsweredAt: not null })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["callSid"] = ["No counselor answered this call: there is nothing to review."] });
        }
        var form = await db.CurrentAsync(cancellationToken);
        var errors = ReviewForms.Check(form, request.Scores);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var reviewer = Reviewer(user);
        var review = await db.Reviews.SingleOrDefaultAsync(row => row.CallSid == request.CallSid && row.Reviewer == reviewer, cancellationToken);
        if (review is null)
        {
            review = new QualityReview { Id = Guid.NewGuid(), CallSid = request.CallSid, Counselor = counselor, Language = call.Language ?? "", Reviewer = reviewer };
            db.Reviews.Add(review);
        }
        review.Day = call.Day;
        review.FormVersion = form.Version;
        review.Scores = new Dictionary<string, int>(request.Scores);
        review.Score = form.Score(request.Scores);
        review.Comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        review.ReviewedAt = clock.GetUtcNow();
        await audit.SaveChangesAsync(db, "quality.review", request.CallSid, $"{counselor}: {review.Score} (form v{form.Version})", cancellationToken);
        return TypedResults.Ok(review);
    }

    private static string Reviewer(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
