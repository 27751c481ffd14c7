using Ivr.Acd;
using Ivr.Server.CallRecords.Privacy;
using Ivr.Server.Configuration;
using Ivr.Server.Hours;
using Ivr.Server.Redis;
using Ivr.Server.Telephony;
using StackExchange.Redis;

namespace Ivr.Server.Ivr;

/// <summary>
/// Callers' remembered languages in Redis, one key per caller named by the keyed hash of their number (the call records'
/// <see cref="CallerProtector.Hash"/>, so one caller is one hash everywhere), with the setting's days as its TTL. Withheld
/// numbers are never remembered. A convenience: a failure to remember is logged, a slow or failed look-up offers nothing.
/// </summary>
public sealed class RememberedLanguageStore(
    IConnectionMultiplexer redis, ContactCenterKeys keys, CallerProtector protector, TimeProvider clock, ILogger<RememberedLanguageStore> logger)
{
    /// <summary>How long a new call's greeting may wait for the look-up (it waits for nothing else in Redis).</summary>
    public static readonly TimeSpan RecallDeadline = TimeSpan.FromMilliseconds(500);

    // The caller's entry; an opt-out is kept while the caller keeps calling.
    private static readonly RedisScript RecallScript = new("""
        local entry = redis.call('GET', KEYS[1])
        if entry and string.sub(entry, 1, 10) == 'opted-out|' then
          redis.call('EXPIRE', KEYS[1], ARGV[1])
        end
        return entry
        """);

    // An opt-out is not overwritten by a later choice.
    private static readonly RedisScript RememberScript = new("""
        local entry = redis.call('GET', KEYS[1])
        if entry and string.sub(entry, 1, 10) == 'opted-out|' then
          return 0
        end
        redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
        return 1
        """);

    /// <summary>The caller's key: the keyed hash of their number, never the number.</summary>
    public RedisKey Key(string from) => keys.Key("ivr:remembered-language:" + Convert.ToHexStringLower(protector.Hash(from)));

    /// <summary>The language to offer the caller, or null (off, withheld number, nothing or an opt-out kept, too old, Redis slow).</summary>
    public async Task<string?> RecallAsync(string? from, RememberedLanguageSettings settings, HoursDirectory hours, CancellationToken cancellationToken)
    {
        if (!settings.Enabled || !CallerNumber.IsKnowable(from) || !redis.IsConnected)
        {
            return null;
        }
        try
        {
            var entry = (string?)await RecallScript.EvaluateAsync(redis.GetDatabase(), [Key(from)], [(long)RememberedLanguageRules.OptOutLifetime.TotalSeconds])
                .WaitAsync(RecallDeadline, clock, cancellationToken);
            return RememberedLanguageRules.Offerable(entry, settings, hours, clock.GetUtcNow());
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Looking up a caller's remembered language failed; the greeting plays without the offer");
            return null;
        }
    }

    /// <summary>Remembers the caller's <paramref name="language"/> for the setting's days, unless they opted out.</summary>
    public async Task RememberAsync(string? from, string language, RememberedLanguageSettings settings)
    {
        if (!settings.Enabled || !CallerNumber.IsKnowable(from))
        {
            return;
        }
        try
        {
            await RememberScript.EvaluateAsync(redis.GetDatabase(), [Key(from)],
                [RememberedLanguageRules.Entry(language, clock.GetUtcNow()), (long)settings.Lifetime.TotalSeconds]);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Remembering a caller's language failed; they will hear the full greeting next time");
        }
    }

    /// <summary>
    /// Forgets the caller's language and keeps that they asked for it, so it is not remembered again (for
    /// <see cref="RememberedLanguageRules.OptOutLifetime"/> after their last call). Not quiet: a caller told "we will no
    /// longer remember your language" must not be remembered, so a failure fails the step.
    /// </summary>
    public async Task OptOutAsync(string? from)
    {
        if (CallerNumber.IsKnowable(from))
        {
            await redis.GetDatabase().StringSetAsync(Key(from), RememberedLanguageRules.OptOutEntry(clock.GetUtcNow()), RememberedLanguageRules.OptOutLifetime);
        }
    }
}
