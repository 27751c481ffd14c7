using System.Security.Claims;
using Ivr.Server.Authorization;
using Ivr.Server.CallControl.Outbound;
using Ivr.Server.Staffing;

namespace Ivr.Server.Softphone;

/// <summary>
/// "Call a number" on the softphone (<c>POST /api/softphone/outbound {number, language?}</c>, role counselor): 202 with
/// the call placed (the counselor's softphone rings first, then the number is dialled), 400 for a number not in E.164
/// form or a language the counselor does not serve, 403 for a number outside the prefixes operations allow, 409 when
/// the counselor is not available or no center number is configured. Calling back a follow-up task goes through
/// <c>POST /api/counselor/followups/{id}/call-back</c>, which links the call to the task.
/// </summary>
public static class OutboundApi
{
    public static IEndpointRouteBuilder MapOutboundApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/softphone").WithTags("Softphone").RequireAuthorization(policy => policy.RequireRole(Roles.Counselor))
            .MapPost("/outbound", CallAsync).WithName("softphone-outbound");
        return endpoints;
    }

    private static async Task<IResult> CallAsync(OutboundRequest request, ClaimsPrincipal user, CounselorLink links, OutboundCalls calls, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Number))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["number"] = ["number is required."] });
        }
        if (await links.CounselorIdAsync(user, cancellationToken) is not { } counselorId)
        {
            return TypedResults.NotFound(CounselorLink.NotLinked);
        }
        var language = string.IsNullOrWhiteSpace(request.Language) ? null : request.Language.Trim();
        return (await calls.StartAsync(counselorId, request.Number.Trim(), language, null, cancellationToken)).ToResult();
    }
}

/// <param name="Number">E.164, within the allowed prefixes.</param>
/// <param name="Language">The call's language (one of the counselor's); by default their strongest.</param>
public sealed record OutboundRequest(string? Number, string? Language);
