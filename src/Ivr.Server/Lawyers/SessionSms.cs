using Ivr.Server.CallControl;
using Ivr.Server.Telephony;
using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Ivr.Server.Lawyers;

/// <summary>
/// Sends one SMS about a session with Twilio's Messages API (<c>MessageResource.CreateAsync</c>) from
/// <c>CallControl:CenterNumber</c>, with the signed status callback (<see cref="MessageStatusEndpoint"/>), and keeps it
/// in <c>lawyers.messages</c>: the caller's texts (<see cref="BookingTexts"/>) and the lawyer's (<see cref="LawyerNotices"/>).
/// </summary>
public sealed partial class SessionSms(
    ITwilioRestClient twilio, LawyerMessages messages, PublicUrls urls, IOptions<CallControlOptions> callControl, ILogger<SessionSms> logger)
{
    /// <summary>Sends <paramref name="body"/> to <paramref name="to"/>; false when it should be tried again (Twilio refused or unreachable, no center number).</summary>
    public async Task<bool> SendAsync(Guid bookingId, string kind, string to, string body, CancellationToken cancellationToken)
    {
        if (callControl.Value.CenterNumber is not { } centerNumber)
        {
            LogNoCenterNumber(bookingId);
            return false;
        }
        MessageResource message;
        try
        {
            message = await MessageResource.CreateAsync(to: new PhoneNumber(to), from: new PhoneNumber(centerNumber), body: body,
                statusCallback: urls.For(MessageStatusEndpoint.Route, new { booking = bookingId, kind }), client: twilio);
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            LogSendFailed(kind, bookingId, exception.Message);
            return false;
        }
        await messages.ReportAsync(message.Sid, bookingId, kind, message.Status?.ToString() ?? "queued", cancellationToken);
        LogSent(kind, bookingId, message.Sid);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} SMS for session {Booking} sent as {MessageSid}")]
    private partial void LogSent(string kind, Guid booking, string messageSid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} SMS for session {Booking} not sent ({Reason}); the SMS job tries again")]
    private partial void LogSendFailed(string kind, Guid booking, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No SMS for session {Booking}: CallControl:CenterNumber is not set")]
    private partial void LogNoCenterNumber(Guid booking);
}
