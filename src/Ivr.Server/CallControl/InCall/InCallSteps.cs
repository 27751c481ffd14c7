namespace Ivr.Server.CallControl.InCall;

/// <summary>How an in-call operation answers a Twilio failure: the step that matters fails the request, a later one is logged.</summary>
public static partial class InCallSteps
{
    /// <summary>Runs the operation; a Twilio failure becomes 502 with its message (which says what state the call is in).</summary>
    public static async Task<InCallReply> OrBadGatewayAsync(Func<Task<InCallReply>> operation)
    {
        try
        {
            return await operation();
        }
        catch (TwilioUnavailableException exception)
        {
            return InCallReply.BadGateway(exception.Message);
        }
    }

    /// <summary>For steps after the one that matters: the call is fine without them, so a failure is only logged.</summary>
    /// <returns>False when the step failed.</returns>
    public static async Task<bool> BestEffortAsync(ILogger logger, Func<Task> step, string what)
    {
        try
        {
            await step();
            return true;
        }
        catch (TwilioUnavailableException exception)
        {
            LogStepFailed(logger, what, exception.InnerException?.Message ?? exception.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "In-call step failed ({What}): {Reason}")]
    private static partial void LogStepFailed(ILogger logger, string what, string reason);
}
