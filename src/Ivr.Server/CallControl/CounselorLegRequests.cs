using Ivr.Server.CallControl.InCall;

namespace Ivr.Server.CallControl;

/// <summary>
/// The Twilio requests of the counselor leg's status callback: bring the caller into the conference, end the caller's
/// call after their counselor hung up (a counselor whose caller could not be brought in: <see cref="CounselorLegHangUps"/>). None fails the
/// callback: what Twilio could not do is logged or answered with false.
/// </summary>
public static partial class CounselorLegRequests
{
    /// <returns>False when the caller's call is no longer in progress (21220) or Twilio could not be reached (an answer
    /// or an open circuit): either way the caller is not in the conference.</returns>
    public static async Task<bool> BringCallerAsync(ConferenceControl conference, string callerSid, Uri connectUrl)
    {
        try
        {
            await conference.RedirectAsync(callerSid, connectUrl);
            return true;
        }
        catch (TwilioUnavailableException)
        {
            return false;
        }
    }

    /// <summary>
    /// The counselor's leg ended their call with the caller. Usually the conference ended with it and the caller's call
    /// is over already (Twilio answers 21220). But a counselor who hangs up a moment after answering may end the
    /// conference before the caller's redirect into it lands; the caller would then start it again, alone, with
    /// nothing to end their call. Ending the caller's call here closes that gap whatever the order.
    /// </summary>
    public static async Task EndCallerAsync(ConferenceControl conference, string callerSid, ILogger logger)
    {
        try
        {
            await conference.EndAnsweredAsync(callerSid); // usually the caller's call ended with the conference
        }
        catch (TwilioUnavailableException exception)
        {
            LogCallerNotEnded(logger, callerSid, exception.InnerException?.Message ?? exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not end caller {CallSid} after their counselor hung up: {Reason}")]
    private static partial void LogCallerNotEnded(ILogger logger, string callSid, string reason);
}
