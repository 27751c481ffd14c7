using System.Security.Claims;
using Ivr.Acd.Model;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.CallNotes;
using Ivr.Server.Softphone;
using Ivr.Server.Staffing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.Counselors;

/// <summary>
/// The softphone's API for the signed-in counselor (their staff account is linked to a counselor by operations), and
/// the same actions for supervisors acting on a named counselor, e.g. to free one stuck in a wrong state.
/// </summary>
public static class CounselorApi
{
    public static IEndpointRouteBuilder MapCounselors(this IEndpointRouteBuilder endpoints)
    {
        var self = endpoints.MapGroup("/api/counselor").WithTags("Softphone")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Counselor));
        self.MapGet("/me", MeAsync).WithName("counselor-me");
        self.MapGet("/voice-token", (ClaimsPrincipal user, CounselorLink links, VoiceTokenIssuer tokens, CancellationToken cancellationToken) =>
            AsSelfAsync(user, links, id => Task.FromResult<IResult>(tokens.IsConfigured
                ? TypedResults.Ok(new VoiceTokenResponse(tokens.Issue(id), id))
                : TypedResults.Conflict("No Twilio API key is configured (Twilio:Voice:ApiKeySid): use the simulator device.")), cancellationToken))
            .WithName("counselor-voice-token");
        self.MapPost("/presence", (PresenceRequest request, ClaimsPrincipal user, CounselorLink links, CounselorActions actions, CancellationToken cancellationToken) =>
            AsSelfAsync(user, links, id => PresenceAsync(id, request, actions, cancellationToken), cancellationToken)).WithName("counselor-presence");
        self.MapPost("/wrap-up", (WrapUpRequest request, ClaimsPrincipal user, CounselorLink links, CounselorActions actions, WrapUpCodes codes, CounselorCalls calls, CancellationToken cancellationToken) =>
            AsSelfAsync(user, links, id => WrapUpAsync(id, request, actions, codes, calls, cancellationToken), cancellationToken)).WithName("counselor-wrap-up");
        // The caller's earlier calls, for the counselor on (or wrapping up) this call only.
        self.MapGet("/calls/{callSid}/history", (string callSid, HttpContext context, CounselorLink links, CounselorCalls calls, CallHistory history, CancellationToken cancellationToken) =>
            AsSelfAsync(context.User, links, async id => await calls.IsOwnAsync(id, callSid)
                ? await CallNotesApi.HistoryAsync(callSid, context, history, cancellationToken)
                : TypedResults.NotFound(), cancellationToken)).WithName("counselor-call-history");

        var onBehalf = endpoints.MapGroup("/api/staffing/counselors/{id}").WithTags("Staffing")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations)).AddEndpointFilter<OnBehalfAudit>();
        onBehalf.MapPost("/presence", (string id, PresenceRequest request, CounselorActions actions, CancellationToken cancellationToken) =>
            PresenceAsync(id, request, actions, cancellationToken)).WithName("set-counselor-presence");
        onBehalf.MapPost("/wrap-up", (string id, WrapUpRequest request, CounselorActions actions, WrapUpCodes codes, CounselorCalls calls, CancellationToken cancellationToken) =>
            WrapUpAsync(id, request, actions, codes, calls, cancellationToken)).WithName("counselor-wrap-up-on-behalf");
        endpoints.MapCounselorCall();
        return endpoints;
    }

    private static async Task<Results<Ok<CounselorView>, NotFound<string>>> MeAsync(
        ClaimsPrincipal user, CounselorLink links, StaffingService staffing, CancellationToken cancellationToken) =>
        await links.CounselorIdAsync(user, cancellationToken) is { } id && await staffing.GetAsync(id, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.NotFound(CounselorLink.NotLinked);

    internal static async Task<IResult> AsSelfAsync(ClaimsPrincipal user, CounselorLink links, Func<string, Task<IResult>> action, CancellationToken cancellationToken) =>
        await links.CounselorIdAsync(user, cancellationToken) is { } id ? await action(id) : TypedResults.NotFound(CounselorLink.NotLinked);

    private static async Task<IResult> PresenceAsync(string id, PresenceRequest request, CounselorActions actions, CancellationToken cancellationToken)
    {
        if (request.State is not ("available" or "break" or "offline"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["state"] = ["State must be available, break or offline."] });
        }
        try
        {
            return ToResult(await actions.SetPresenceAsync(id, request, cancellationToken));
        }
        catch (ArgumentException exception)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [exception.Message] });
        }
    }

    // The codes must be in the code lists the softphone offers (one source: the records' code-list table), and the call
    // must be the counselor's own: an outcome on another counselor's call, or on a call that never was, is refused.
    private static async Task<IResult> WrapUpAsync(string id, WrapUpRequest request, CounselorActions actions, WrapUpCodes codes, CounselorCalls calls,
        CancellationToken cancellationToken) =>
        await codes.ValidateAsync(request.ResidencyStatus, request.Topic, cancellationToken) is { Count: > 0 } errors ? TypedResults.ValidationProblem(errors)
        : !await calls.IsOwnAsync(id, request.CallSid) ? TypedResults.NotFound("No call of this counselor has this CallSid.")
        : ToResult(await actions.CompleteWrapUpAsync(id, request, cancellationToken));

    private static IResult ToResult(PresenceResult result) => result.Outcome switch
    {
        PresenceOutcome.Changed => TypedResults.Ok(new PresenceResponse(result.State.ToString()!)),
        PresenceOutcome.UnknownCounselor => TypedResults.NotFound("Unknown counselor."),
        _ => TypedResults.Conflict(new PresenceResponse(result.State?.ToString() ?? "Unknown")),
    };

    public sealed record VoiceTokenResponse(string Token, string Identity);
}
