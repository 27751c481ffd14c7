using StackExchange.Redis;

namespace Ivr.Server.Redis;

/// <summary>
/// Twilio sends a status callback once and never again: a callback that fails because Redis stalled or restarted is a
/// counselor's answer or hang-up lost for good (a counselor left on a call with nobody, or offered a second caller while
/// on one). So a callback whose handler fails on Redis's connection is run again, with a growing pause, until
/// <see cref="Deadline"/> from its arrival: under Twilio's 15 s limit and the voice fail-safe's default deadline, and
/// longer than StackExchange.Redis's 5 s command timeout, so one retry outlasts a 5 s stall and a restart. The
/// handlers tolerate running twice: every ACD change has an operation id, and <c>CallbackSequencer</c> lets the same
/// delivery through again.
/// </summary>
public sealed partial class RedisOutageRetryFilter(TimeProvider time, ILogger<RedisOutageRetryFilter> logger) : IEndpointFilter
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(9);

    private static readonly TimeSpan[] Pauses = [TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var started = time.GetTimestamp();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await next(context);
            }
            catch (Exception exception) when (IsConnectionFailure(exception) && !context.HttpContext.RequestAborted.IsCancellationRequested)
            {
                var pause = Pauses[Math.Min(attempt, Pauses.Length - 1)];
                if (time.GetElapsedTime(started) + pause >= Deadline)
                {
                    throw;
                }
                LogRetrying(context.HttpContext.Request.Path, attempt + 1, exception.Message);
                await Task.Delay(pause, time, context.HttpContext.RequestAborted);
            }
        }
    }

    /// <summary>Redis could not be reached or did not answer in time; not a script error, which a retry would only repeat.</summary>
    public static bool IsConnectionFailure(Exception exception) =>
        exception is RedisConnectionException or RedisTimeoutException || exception.InnerException is { } inner && IsConnectionFailure(inner);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twilio callback {Path} failed on Redis (attempt {Attempt}): {Reason}; running it again")]
    private partial void LogRetrying(PathString path, int attempt, string reason);
}
