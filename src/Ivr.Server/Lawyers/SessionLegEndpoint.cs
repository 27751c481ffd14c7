using Ivr.Server.CallControl;
using Ivr.Server.Redis;
using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.Lawyers;

/// <summary>
/// Status callbacks of a session's legs (signed, in the <c>/twilio</c> group):
/// <c>/twilio/voice/lawyers/{bookingId}/{party}?leg=</c> with party interpreter (leg: the counselor), lawyer or caller
/// (leg: the attempt). Handled by <see cref="SessionLegEvents"/>; a malformed callback is 400, any other 204.
/// </summary>
public static class SessionLegEndpoint
{
    public const string RouteName = "twilio-lawyer-session-leg";

    public static IEndpointRouteBuilder MapLawyerSessionLegs(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTwilioGroup().MapPost("/voice/lawyers/{bookingId:guid}/{party}", HandleAsync).WithName(RouteName).AddEndpointFilter<RedisOutageRetryFilter>();
        return endpoints;
    }

    private static async Task<Results<NoContent, BadRequest<string>>> HandleAsync(
        Guid bookingId, string party, string? leg, HttpRequest request, SessionLegEvents events, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<SessionParty>(party, ignoreCase: true, out var which) || !Enum.IsDefined(which) || string.IsNullOrEmpty(leg) || leg.Length > 64)
        {
            return TypedResults.BadRequest("The party (interpreter, lawyer or caller) and the leg are required.");
        }
        var (callback, reply) = await LegCallback.ReadAsync(request, cancellationToken);
        if (callback is null)
        {
            return reply;
        }
        await events.HandleAsync(bookingId, which, leg, callback.CallSid, callback.Status, cancellationToken);
        return TypedResults.NoContent();
    }
}
