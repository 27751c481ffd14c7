using System.Security.Claims;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.Staffing;
using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.FollowUps;

/// <summary>
/// Follow-up tasks for the signed-in counselor (their languages' open and claimed tasks, oldest first; claim, play,
/// close with a disposition), and the same list read-only for supervisors and operations staff.
/// </summary>
public static class FollowUpApi
{
    public static IEndpointRouteBuilder MapFollowUpApi(this IEndpointRouteBuilder endpoints)
    {
        var self = endpoints.MapGroup("/api/counselor/followups").WithTags("Follow-ups")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Counselor));
        self.MapGet("", (ClaimsPrincipal user, CounselorLink links, CounselorLanguages languages, FollowUpStore store, CancellationToken cancellationToken) =>
            AsCounselorAsync(user, links, languages, async (_, codes) => (IResult)TypedResults.Ok(await store.ListAsync(codes, cancellationToken)), cancellationToken))
            .WithName("counselor-followups");
        self.MapPost("/{id:guid}/claim", (Guid id, ClaimsPrincipal user, CounselorLink links, CounselorLanguages languages, FollowUpStore store, CancellationToken cancellationToken) =>
            AsCounselorAsync(user, links, languages, async (counselor, codes) => ToResult(await store.ClaimAsync(id, counselor, codes, cancellationToken)), cancellationToken))
            .WithName("counselor-followup-claim");
        self.MapPost("/{id:guid}/done", (Guid id, FollowUpDoneRequest request, ClaimsPrincipal user, CounselorLink links, CounselorLanguages languages, FollowUpStore store,
                CancellationToken cancellationToken) =>
            !FollowUpDispositions.All.Contains(request.Disposition)
                ? Task.FromResult<IResult>(TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["disposition"] = [$"The disposition must be one of {string.Join(", ", FollowUpDispositions.All)}."],
                }))
                : AsCounselorAsync(user, links, languages, async (counselor, codes) => ToResult(await store.CompleteAsync(id, counselor, request, codes, cancellationToken)), cancellationToken))
            .WithName("counselor-followup-done");
        self.MapGet("/{id:guid}/recording", (Guid id, HttpContext context, CounselorLink links, CounselorLanguages languages, FollowUpStore store, TwilioRecordings recordings,
                AuditLog audit) =>
            AsCounselorAsync(context.User, links, languages, (_, codes) => RecordingAsync(id, codes, store, recordings, audit, context), context.RequestAborted))
            .WithName("counselor-followup-recording");
        self.MapPost("/{id:guid}/call-back", (Guid id, ClaimsPrincipal user, CounselorLink links, CounselorLanguages languages, FollowUpStore store, IFollowUpCallBack callBack,
                CallerNumbers numbers, CancellationToken cancellationToken) =>
            AsCounselorAsync(user, links, languages, async (counselor, codes) =>
            {
                if (!callBack.IsAvailable)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status501NotImplemented, title: "Calling back from a task is not available yet (outbound calls, issue 20 item 5).");
                }
                if (await store.FindAsync(id, codes, cancellationToken) is not { } task)
                {
                    return TypedResults.NotFound();
                }
                await callBack.CallBackAsync(counselor, task, numbers.Unprotect(task.CallerProtected), cancellationToken);
                return TypedResults.Accepted((string?)null);
            }, cancellationToken))
            .WithName("counselor-followup-call-back");

        endpoints.MapGet("/api/followups", async (string? language, FollowUpStore store, CancellationToken cancellationToken) =>
                TypedResults.Ok(await store.ListAsync(language is null ? null : new HashSet<string>([language], StringComparer.Ordinal), cancellationToken)))
            .WithTags("Follow-ups").WithName("followups")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations));
        return endpoints;
    }

    private static async Task<IResult> AsCounselorAsync(ClaimsPrincipal user, CounselorLink links, CounselorLanguages languages,
        Func<string, IReadOnlySet<string>, Task<IResult>> action, CancellationToken cancellationToken) =>
        await links.CounselorIdAsync(user, cancellationToken) is { } counselorId
            ? await action(counselorId, await languages.OfAsync(counselorId))
            : TypedResults.NotFound(CounselorLink.NotLinked);

    // The media streams from Twilio through this server: the browser never learns Twilio's URL or needs its credentials.
    private static async Task<IResult> RecordingAsync(Guid id, IReadOnlySet<string> languages, FollowUpStore store, TwilioRecordings recordings, AuditLog audit,
        HttpContext context)
    {
        if (await store.FindAsync(id, languages, context.RequestAborted) is not { RecordingSid: { } recordingSid } task)
        {
            return TypedResults.NotFound();
        }
        HttpResponseMessage? media;
        try
        {
            media = await recordings.OpenMediaAsync(recordingSid, context.RequestAborted);
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Twilio did not give the recording; try again shortly.");
        }
        if (media is null)
        {
            return TypedResults.NotFound();
        }
        await audit.WriteAsync("followup.play", task.Id.ToString(), $"{task.Kind} {task.Language}", cancellationToken: context.RequestAborted);
        context.Response.RegisterForDispose(media);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Stream(await media.Content.ReadAsStreamAsync(context.RequestAborted),
            media.Content.Headers.ContentType?.MediaType ?? "audio/wav", enableRangeProcessing: false);
    }

    private static IResult ToResult(FollowUpResult result) => result.Outcome switch
    {
        FollowUpOutcome.Done => TypedResults.Ok(result.Task),
        FollowUpOutcome.Conflict => TypedResults.Conflict(result.Task),
        _ => TypedResults.NotFound(),
    };
}
