using Ivr.Acd;
using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.CallControl.InCall;

/// <summary>
/// Blind transfers whose redirect Twilio refused: the ACD has queued the caller in the new language, but the caller is
/// still in the first counselor's conference. Every instance retries them on a timer until the caller is moved, reaches
/// a counselor or hangs up, and meanwhile keeps the caller's place: the hold loop, whose requests normally tell the ACD
/// the caller is still there, does not run for them, and the sweeper would otherwise take them out as lost.
/// </summary>
public sealed partial class TransferRedirects(
    IConnectionMultiplexer redis, ContactCenterKeys keys, AcdEngine engine, ConferenceControl conference, PublicUrls urls,
    IOptions<CallControlOptions> options, TimeProvider time, ILogger<TransferRedirects> logger) : BackgroundService
{
    private static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(1);

    // CallSid -> the language of the queue the caller was transferred to.
    private RedisKey Key => keys.Key("cc:transfer-redirects");

    private RedisKey LeaseKey(string callSid) => keys.Key("cc:transfer-redirect-lease:" + callSid);

    public Task AddAsync(string callSid, string language) => redis.GetDatabase().HashSetAsync(Key, callSid, language);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        RedisPasses.RunAsync(options.Value.RedirectRetryInterval, time, RetryAsync, LogPassFailed, stoppingToken);

    /// <summary>One pass over the pending redirects; returns the callers moved to their queue.</summary>
    public async Task<IReadOnlyList<string>> RetryAsync()
    {
        var database = redis.GetDatabase();
        var moved = new List<string>();
        foreach (var pending in await database.HashGetAllAsync(Key))
        {
            string callSid = pending.Name!, language = pending.Value!;
            // One instance at a time takes a caller: the one that gets the lease (held while it tries, or a minute if it
            // stops on the way). The entry stays until it is settled, so no caller is forgotten.
            if (!await database.StringSetAsync(LeaseKey(callSid), "", LeaseTime, When.NotExists))
            {
                continue;
            }
            try
            {
                // Reading the caller's status also tells the ACD they are still there.
                switch (await engine.GetCallerStatusAsync(callSid))
                {
                    case { State: CallerState.Reserved }:
                        break; // a counselor is being rung: their answer moves the caller; should they not answer, this goes on
                    case { State: CallerState.Waiting } status when status.Language == language:
                        if (await TryMoveAsync(callSid, language))
                        {
                            moved.Add(callSid);
                            await database.HashDeleteAsync(Key, callSid);
                        }
                        break;
                    default:
                        await database.HashDeleteAsync(Key, callSid); // connected to a counselor, moved on, or gone
                        break;
                }
            }
            finally
            {
                await database.KeyDeleteAsync(LeaseKey(callSid));
            }
        }
        return moved;
    }

    private async Task<bool> TryMoveAsync(string callSid, string language)
    {
        try
        {
            await conference.RedirectAsync(callSid, urls.For(CallerTwimlEndpoints.TransferredRouteName, new { language }));
            LogMoved(callSid, language);
            return true;
        }
        catch (TwilioUnavailableException exception)
        {
            LogStillUnavailable(callSid, exception.InnerException?.Message ?? exception.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Transferred caller {CallSid} moved to the {Language} queue on a retry")]
    private partial void LogMoved(string callSid, string language);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transferred caller {CallSid} still cannot be moved to the queue: {Reason}; retrying")]
    private partial void LogStillUnavailable(string callSid, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retrying transfer redirects failed: {Reason}")]
    private partial void LogPassFailed(string reason);
}
