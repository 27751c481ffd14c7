using System.Security.Claims;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.FollowUps;

/// <summary>
/// Follow-up tasks for the signed-in counselor (their languages' open and claimed tasks, oldest first; claim, release,
/// play, close with a disposition), and the same list read-only for supervisors and operations staff, whose
/// supervisors may release anyone's claim.
/// </summary>
public static class FollowUpApi
{
    public static IEndpointRouteBuilder MapFollowUpApi(this IEndpointRouteBuilder endpoints)
    {
        var self = endpoints.MapGroup("/api/counselor/followups").WithTags("Follow-ups")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Counselor));
        self.MapGet("", (ClaimsPrincipal user, SignedInCounselor counselor, FollowUpStore store, CancellationToken cancellationToken) =>
            counselor.RunAsync(user, async (_, languages) => TypedResults.Ok(await store.ListAsync(languages, cancellationToken)), cancellationToken))
            .WithName("counselor-followups");
        self.MapPost("/{id:guid}/claim", (Guid id, ClaimsPrincipal user, SignedInCounselor counselor, FollowUpStore store, CancellationToken cancellationToken) =>
            counselor.RunAsync(user, async (counselorId, languages) => ToResult(await store.ClaimAsync(id, counselorId, languages, cancellationToken)), cancellationToken))
            .WithName("counselor-followup-claim");
        self.MapPost("/{id:guid}/release", (Guid id, ClaimsPrincipal user, SignedInCounselor counselor, FollowUpStore store, CancellationToken cancellationToken) =>
            counselor.RunAsync(user, async (counselorId, languages) => ToResult(await store.ReleaseAsync(id, counselorId, languages, cancellationToken)), cancellationToken))
            .WithName("counselor-followup-release");
        self.MapPost("/{id:guid}/done", DoneAsync).WithName("counselor-followup-done");
        self.MapGet("/{id:guid}/recording", (Guid id, HttpContext context, SignedInCounselor counselor, FollowUpStore store, TwilioRecordings recordings, AuditLog audit) =>
            counselor.RunAsync(context.User, (_, languages) => RecordingAsync(id, languages, store, recordings, audit, context), context.RequestAborted))
            .WithName("counselor-followup-recording");
        self.MapPost("/{id:guid}/call-back", CallBackAsync).WithName("counselor-followup-call-back");

        endpoints.MapGet("/api/followups", async (string? language, FollowUpStore store, CancellationToken cancellationToken) =>
                TypedResults.Ok(await store.ListAsync(language is null ? null : new HashSet<string>([language], StringComparer.Ordinal), cancellationToken)))
            .WithTags("Follow-ups").WithName("followups")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations));
        // A task a counselor claimed and left (end of shift, sick): a supervisor gives it back to the language's list.
        endpoints.MapPost("/api/followups/{id:guid}/release", async (Guid id, FollowUpStore store, CancellationToken cancellationToken) =>
                ToResult(await store.ReleaseAsync(id, counselorId: null, languages: null, cancellationToken)))
            .WithTags("Follow-ups").WithName("followup-release")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor));
        return endpoints;
    }

    private static Task<IResult> DoneAsync(Guid id, FollowUpDoneRequest request, ClaimsPrincipal user, SignedInCounselor counselor, FollowUpStore store,
        CancellationToken cancellationToken) =>
        !FollowUpDispositions.All.Contains(request.Disposition)
            ? Task.FromResult<IResult>(TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["disposition"] = [$"The disposition must be one of {string.Join(", ", FollowUpDispositions.All)}."],
            }))
            : counselor.RunAsync(user, async (counselorId, languages) => ToResult(await store.CompleteAsync(id, counselorId, request, languages, cancellationToken)),
                cancellationToken);

    private static Task<IResult> CallBackAsync(Guid id, ClaimsPrincipal user, SignedInCounselor counselor, FollowUpStore store, IFollowUpCallBack callBack,
        CallerNumbers numbers, CancellationToken cancellationToken) =>
        counselor.RunAsync(user, async (counselorId, languages) =>
            await store.FindAsync(id, languages, cancellationToken) is { } task
                ? await callBack.CallBackAsync(counselorId, task, numbers.Unprotect(task.CallerProtected), cancellationToken)
                : TypedResults.NotFound(), cancellationToken);

    private static async Task<IResult> RecordingAsync(Guid id, IReadOnlySet<string> languages, FollowUpStore store, TwilioRecordings recordings, AuditLog audit,
        HttpContext context) =>
        await store.FindAsync(id, languages, context.RequestAborted) is { RecordingSid: { } recordingSid } task
            ? await RecordingMedia.StreamAsync(recordings, recordingSid, context,
                () => audit.WriteAsync("followup.play", task.Id.ToString(), $"{task.Kind} {task.Language}", cancellationToken: context.RequestAborted))
            : TypedResults.NotFound();

    private static IResult ToResult(FollowUpResult result) => result.Outcome switch
    {
        FollowUpOutcome.Done => TypedResults.Ok(result.Task),
        FollowUpOutcome.Conflict => TypedResults.Conflict(result.Task),
        _ => TypedResults.NotFound(),
    };
}
