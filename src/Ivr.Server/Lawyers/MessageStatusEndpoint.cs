using Ivr.Server.Telephony;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ivr.Server.Lawyers;

/// <summary>
/// The StatusCallback of the caller's and the lawyer's SMS (signed, in the <c>/twilio</c> group): Twilio posts MessageSid and
/// MessageStatus (sent, delivered, undelivered, failed...); the URL's query names the booking and the kind of text.
/// The callback may come before the sender stored the message (Twilio answers the create, then sends at once), so
/// both write the row with an upsert (<see cref="LawyerMessages"/>), the status only ever moving forward. Answers 204.
/// </summary>
public static class MessageStatusEndpoint
{
    public const string Route = "twilio-lawyer-message-status";

    public static IEndpointRouteBuilder MapLawyerMessageStatus(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTwilioGroup().MapPost("/messages/lawyers/status", HandleAsync).WithName(Route);
        return endpoints;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(HttpContext context, Guid? booking, string? kind, LawyerMessages messages)
    {
        if (!context.Request.HasFormContentType)
        {
            return TwilioProblem.Malformed("Twilio message status callbacks are form-encoded.");
        }
        if (booking is null || kind is null || !(Enum.TryParse<LawyerTexts.Kind>(kind, ignoreCase: true, out _) || LawyerNotices.Kinds.Contains(kind)))
        {
            return TwilioProblem.Malformed("The booking and kind query parameters are missing or malformed.");
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var sid = form["MessageSid"].ToString();
        var status = form["MessageStatus"].ToString();
        if (sid.Length is 0 or > 64 || status.Length is 0 or > 16)
        {
            return TwilioProblem.Malformed("MessageSid and MessageStatus are required.");
        }
        await messages.ReportAsync(sid, booking.Value, kind.ToLowerInvariant(), status, CancellationToken.None);
        return TypedResults.NoContent();
    }
}
