using Ivr.Acd;
using Ivr.Server.CallControl.InCall;
using Ivr.Server.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.CallControl;

/// <summary>
/// Ends a counselor's leg that must not go on: they answered a caller who was gone, or their caller hung up before the
/// conference held them both (the counselor would sit in it alone). Once the ACD has let the counselor go it offers
/// them the next caller, whose ring a softphone still on the old call turns away as busy; so a leg Twilio could not be
/// reached to end is kept in Redis and every instance tries again on a timer until Twilio ends it or says it is over.
/// </summary>
public sealed partial class CounselorLegHangUps(
    IConnectionMultiplexer redis, ContactCenterKeys keys, ConferenceControl conference, IOptions<CallControlOptions> options,
    TimeProvider time, ILogger<CounselorLegHangUps> logger) : BackgroundService
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromHours(1);

    // Leg CallSid -> when it was first to be ended (ms since the epoch).
    private RedisKey Key => keys.Key("cc:leg-hangups");

    /// <param name="answered">Whether the leg was answered: an answered call ends by Status=completed, a ringing one by canceled.</param>
    public async Task EndAsync(string legSid, bool answered)
    {
        if (!await TryEndAsync(legSid, answered))
        {
            await redis.GetDatabase().HashSetAsync(Key, legSid, time.GetUtcNow().ToUnixTimeMilliseconds());
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        RedisPasses.RunAsync(options.Value.RedirectRetryInterval, time, RetryAsync, LogPassFailed, stoppingToken);

    /// <summary>One pass over the legs still to end; returns those ended (or found over) now.</summary>
    public async Task<IReadOnlyList<string>> RetryAsync()
    {
        var database = redis.GetDatabase();
        var settled = new List<string>();
        foreach (var pending in await database.HashGetAllAsync(Key))
        {
            string legSid = pending.Name!;
            var givenUp = time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds((long)pending.Value) > GiveUpAfter;
            if (givenUp || await TryEndAsync(legSid, answered: true))
            {
                await database.HashDeleteAsync(Key, legSid);
                settled.Add(legSid);
            }
        }
        return settled;
    }

    private async Task<bool> TryEndAsync(string legSid, bool answered)
    {
        try
        {
            // An answered leg in one request: usually the conference ended it already and Twilio answers 21220.
            await (answered ? conference.EndAnsweredAsync(legSid) : conference.HangUpAsync(legSid, ringing: true));
            return true;
        }
        catch (TwilioUnavailableException exception)
        {
            LogNotEnded(legSid, exception.InnerException?.Message ?? exception.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not end counselor leg {CallSid} yet: {Reason}; trying again")]
    private partial void LogNotEnded(string callSid, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retrying counselor leg hang-ups failed: {Reason}")]
    private partial void LogPassFailed(string reason);
}
