using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.CallControl.InCall;

using Ivr.Server.Staffing;
namespace Ivr.Server.Counselors;

/// <summary>
/// In-call operations on the signed-in counselor's current call (<c>/api/counselor/call</c>), and the same for
/// supervisors on a named counselor's call (<c>/api/staffing/counselors/{id}/call</c>). 409 with a message when there
/// is no call or the operation does not apply, 400 for a bad body, 502 when Twilio failed (the message says what state
/// the call is in; the caller is never dropped).
/// </summary>
public static class CounselorCallApi
{
    /// <summary>Runs an action for the counselor the request is about, or answers why there is none.</summary>
    private delegate Task<IResult> ForCounselor(HttpContext context, Func<string, Task<IResult>> action);

    public static IEndpointRouteBuilder MapCounselorCall(this IEndpointRouteBuilder endpoints)
    {
        var self = endpoints.MapGroup("/api/counselor/call").WithTags("Softphone")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Counselor));
        MapOperations(self, "", (context, action) => CounselorApi.AsSelfAsync(
            context.User, context.RequestServices.GetRequiredService<CounselorLink>(), action, context.RequestAborted));

        var onBehalf = endpoints.MapGroup("/api/staffing/counselors/{id}/call").WithTags("Staffing")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor)).AddEndpointFilter<OnBehalfAudit>();
        MapOperations(onBehalf, "-on-behalf", (context, action) => action((string)context.GetRouteValue("id")!));
        return endpoints;
    }

    private static void MapOperations(RouteGroupBuilder call, string suffix, ForCounselor forCounselor)
    {
        call.MapGet("", (HttpContext context, CurrentCalls calls) =>
            forCounselor(context, async id => await calls.GetViewAsync(id) is { } view ? TypedResults.Ok(view) : TypedResults.NoContent()))
            .WithName("counselor-call" + suffix).Produces<ActiveCallView>().Produces(StatusCodes.Status204NoContent);
        call.MapPost("/decline", (HttpContext context, HangUpOperations hangUps) =>
            Run(context, forCounselor, id => hangUps.DeclineAsync(id, context.RequestAborted))).WithName("counselor-call-decline" + suffix);
        call.MapPost("/mute", (MuteRequest request, HttpContext context, HoldOperations hold) =>
            request.Muted is { } muted
                ? Run(context, forCounselor, id => hold.MuteAsync(id, muted, context.RequestAborted))
                : Invalid("muted", "muted (true or false) is required.")).WithName("counselor-call-mute" + suffix);
        call.MapPost("/hold", (HoldRequest request, HttpContext context, HoldOperations hold) =>
            request.Held is { } held
                ? Run(context, forCounselor, id => hold.HoldAsync(id, held, context.RequestAborted))
                : Invalid("held", "held (true or false) is required.")).WithName("counselor-call-hold" + suffix);
        call.MapPost("/transfer", (TransferRequest request, HttpContext context, TransferOperations transfers) =>
            (string.IsNullOrWhiteSpace(request.Language), string.IsNullOrWhiteSpace(request.CounselorId)) switch
            {
                (false, true) => Run(context, forCounselor, id => transfers.TransferToLanguageAsync(id, request.Language!.Trim(), context.RequestAborted)),
                (true, false) => Run(context, forCounselor, id => transfers.TransferToCounselorAsync(id, request.CounselorId!.Trim(), context.RequestAborted)),
                _ => Invalid("transfer", "Give exactly one of language or counselorId."),
            }).WithName("counselor-call-transfer" + suffix);
        call.MapPost("/consult", (ConsultRequest request, HttpContext context, ConsultOperations consults) =>
            string.IsNullOrWhiteSpace(request.CounselorId)
                ? Invalid("counselorId", "counselorId is required.")
                : Run(context, forCounselor, id => consults.ConsultAsync(id, request.CounselorId.Trim(), context.RequestAborted))).WithName("counselor-call-consult" + suffix);
        call.MapPost("/consult/complete", (HttpContext context, ConsultOperations consults) =>
            Run(context, forCounselor, id => consults.CompleteConsultAsync(id, context.RequestAborted))).WithName("counselor-call-consult-complete" + suffix);
        call.MapPost("/consult/cancel", (HttpContext context, ConsultEnding consults) =>
            Run(context, forCounselor, id => consults.CancelConsultAsync(id, context.RequestAborted))).WithName("counselor-call-consult-cancel" + suffix);
        call.MapPost("/participants", (AddParticipantRequest request, HttpContext context, PartyOperations parties) =>
            string.IsNullOrWhiteSpace(request.Number) == string.IsNullOrWhiteSpace(request.InstitutionId)
                ? Invalid("number", "Give exactly one of institutionId (from the directory) or number.")
            : request.Label is { Length: > 64 } ? Invalid("label", "label has at most 64 characters.")
            : Run(context, forCounselor, id => string.IsNullOrWhiteSpace(request.InstitutionId)
                ? parties.AddPartyAsync(id, request.Number!.Trim(), request.Label, context.RequestAborted)
                : parties.AddInstitutionAsync(id, request.InstitutionId.Trim(), request.Department?.Trim(), context.RequestAborted)))
            .WithName("counselor-call-add-participant" + suffix);
        call.MapDelete("/participants/{participantId}", (string participantId, HttpContext context, PartyOperations parties) =>
            Run(context, forCounselor, id => parties.DropPartyAsync(id, participantId, context.RequestAborted))).WithName("counselor-call-drop-participant" + suffix);
        call.MapPost("/hangup", (HttpContext context, HangUpOperations hangUps) =>
            Run(context, forCounselor, id => hangUps.HangUpAsync(id, context.RequestAborted))).WithName("counselor-call-hangup" + suffix);
    }

    private static Task<IResult> Run(HttpContext context, ForCounselor forCounselor, Func<string, Task<InCallReply>> operation) =>
        forCounselor(context, async id => (await operation(id)).ToResult());

    private static Task<IResult> Invalid(string field, string message) =>
        Task.FromResult<IResult>(TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }));
}
