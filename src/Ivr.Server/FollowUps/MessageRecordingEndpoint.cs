using Ivr.Acd.Routing;
using Ivr.Server.Redis;
using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.FollowUps;

/// <summary>
/// The recording status callback of a message's &lt;Record&gt; (signed, in the <c>/twilio</c> group): the query names
/// the caller's language and carries their number as <see cref="CallerNumbers"/> protected it; the form is Twilio's.
/// Answers 204; a Redis stall is waited out (Twilio sends it once).
/// </summary>
public static class MessageRecordingEndpoint
{
    public const string Route = "twilio-voice-message-recording";

    public static IEndpointRouteBuilder MapMessageRecordingStatus(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTwilioGroup().MapPost("/voice/message/recording", HandleAsync).WithName(Route).AddEndpointFilter<RedisOutageRetryFilter>();
        return endpoints;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(HttpContext context, MessageIntake intake, string? language, string? caller)
    {
        if (!context.Request.HasFormContentType)
        {
            return TwilioProblem.Malformed("Twilio recording status callbacks are form-encoded.");
        }
        if (!LanguageCode.IsValid(language))
        {
            return TwilioProblem.Malformed("The language query parameter is missing or malformed.");
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!TwilioRecordingStatus.TryRead(form, out var status, out var problem) || status.CallSid.Length == 0)
        {
            return TwilioProblem.Malformed(problem.Length > 0 ? problem : "CallSid is required.");
        }
        // Finished even if Twilio stops waiting: a completed recording must not be left without its task.
        await intake.AcceptAsync(status, language, caller, CancellationToken.None);
        return TypedResults.NoContent();
    }
}
