using System.Security.Claims;
using Ivr.Server.Accounts;
using Ivr.Server.CallControl.InCall;
using Ivr.Server.Staffing;

namespace Ivr.Server.Counselors;

/// <summary>
/// In-call operations on the signed-in counselor's current call (<c>/api/counselor/call</c>): 409 with a message when
/// there is no call or the operation does not apply, 400 for a bad body, 502 when Twilio failed (the message says
/// what state the call is in; the caller is never dropped).
/// </summary>
public static class CounselorCallApi
{
    public static IEndpointRouteBuilder MapCounselorCall(this IEndpointRouteBuilder endpoints)
    {
        var call = endpoints.MapGroup("/api/counselor/call").WithTags("Softphone")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Counselor));
        call.MapGet("", (ClaimsPrincipal user, StaffingDbContext db, InCallOperations operations, CancellationToken cancellationToken) =>
            CounselorApi.AsSelfAsync(user, db, async id => await operations.GetViewAsync(id) is { } view ? TypedResults.Ok(view) : TypedResults.NoContent(), cancellationToken))
            .WithName("counselor-call").Produces<ActiveCallView>().Produces(StatusCodes.Status204NoContent);
        Map(call, "/decline", "counselor-call-decline", (operations, id, ct) => operations.DeclineAsync(id, ct));
        call.MapPost("/mute", (MuteRequest request, ClaimsPrincipal user, StaffingDbContext db, InCallOperations operations, CancellationToken cancellationToken) =>
            request.Muted is { } muted
                ? Run(user, db, cancellationToken, id => operations.MuteAsync(id, muted, cancellationToken))
                : Task.FromResult(Invalid("muted", "muted (true or false) is required."))).WithName("counselor-call-mute");
        call.MapPost("/hold", (HoldRequest request, ClaimsPrincipal user, StaffingDbContext db, InCallOperations operations, CancellationToken cancellationToken) =>
            request.Held is { } held
                ? Run(user, db, cancellationToken, id => operations.HoldAsync(id, held, cancellationToken))
                : Task.FromResult(Invalid("held", "held (true or false) is required."))).WithName("counselor-call-hold");
        call.MapPost("/transfer", (TransferRequest request, ClaimsPrincipal user, StaffingDbContext db, InCallOperations operations, CancellationToken cancellationToken) =>
            (string.IsNullOrWhiteSpace(request.Language), string.IsNullOrWhiteSpace(request.CounselorId)) switch
            {
                (false, true) => Run(user, db, cancellationToken, id => operations.TransferToLanguageAsync(id, request.Language!.Trim(), cancellationToken)),
                (true, false) => Run(user, db, cancellationToken, id => operations.TransferToCounselorAsync(id, request.CounselorId!.Trim(), cancellationToken)),
                _ => Task.FromResult(Invalid("transfer", "Give exactly one of language or counselorId.")),
            }).WithName("counselor-call-transfer");
        call.MapPost("/consult", (ConsultRequest request, ClaimsPrincipal user, StaffingDbContext db, InCallOperations operations, CancellationToken cancellationToken) =>
            string.IsNullOrWhiteSpace(request.CounselorId)
                ? Task.FromResult(Invalid("counselorId", "counselorId is required."))
                : Run(user, db, cancellationToken, id => operations.ConsultAsync(id, request.CounselorId.Trim(), cancellationToken))).WithName("counselor-call-consult");
        Map(call, "/consult/complete", "counselor-call-consult-complete", (operations, id, ct) => operations.CompleteConsultAsync(id, ct));
        Map(call, "/consult/cancel", "counselor-call-consult-cancel", (operations, id, ct) => operations.CancelConsultAsync(id, ct));
        call.MapPost("/participants", (AddParticipantRequest request, ClaimsPrincipal user, StaffingDbContext db, InCallOperations operations, CancellationToken cancellationToken) =>
            string.IsNullOrWhiteSpace(request.Number)
                ? Task.FromResult(Invalid("number", "number is required."))
                : request.Label is { Length: > 64 }
                ? Task.FromResult(Invalid("label", "label has at most 64 characters."))
                : Run(user, db, cancellationToken, id => operations.AddPartyAsync(id, request.Number.Trim(), request.Label, cancellationToken))).WithName("counselor-call-add-participant");
        call.MapDelete("/participants/{participantId}", (string participantId, ClaimsPrincipal user, StaffingDbContext db, InCallOperations operations, CancellationToken cancellationToken) =>
            Run(user, db, cancellationToken, id => operations.DropPartyAsync(id, participantId, cancellationToken))).WithName("counselor-call-drop-participant");
        Map(call, "/hangup", "counselor-call-hangup", (operations, id, ct) => operations.HangUpAsync(id, ct));
        return endpoints;
    }

    private static void Map(RouteGroupBuilder group, string pattern, string name, Func<InCallOperations, string, CancellationToken, Task<InCallReply>> operation) =>
        group.MapPost(pattern, (ClaimsPrincipal user, StaffingDbContext db, InCallOperations operations, CancellationToken cancellationToken) =>
            Run(user, db, cancellationToken, id => operation(operations, id, cancellationToken))).WithName(name);

    private static Task<IResult> Run(ClaimsPrincipal user, StaffingDbContext db, CancellationToken cancellationToken, Func<string, Task<InCallReply>> operation) =>
        CounselorApi.AsSelfAsync(user, db, async id => ToResult(await operation(id)), cancellationToken);

    private static IResult ToResult(InCallReply reply) => reply.StatusCode switch
    {
        StatusCodes.Status200OK => TypedResults.Ok(reply.Body),
        StatusCodes.Status201Created => TypedResults.Json(reply.Body, statusCode: StatusCodes.Status201Created),
        StatusCodes.Status204NoContent => TypedResults.NoContent(),
        _ => TypedResults.Problem(statusCode: reply.StatusCode, title: Title(reply.StatusCode), detail: reply.Message),
    };

    private static string Title(int statusCode) => statusCode switch
    {
        StatusCodes.Status400BadRequest => "Invalid request",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status409Conflict => "Not possible now",
        _ => "Twilio failed",
    };

    private static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
