using StackExchange.Redis;

namespace Ivr.Acd.Scripts;

/// <summary>
/// The named parameters of every ACD script. Members typed <see cref="RedisKey"/> become KEYS, so each script
/// declares every key it touches and no key name is built inside Lua.
/// </summary>
public sealed record ScriptArguments
{
    public RedisKey Callers { get; init; }
    public RedisKey Agents { get; init; }
    public RedisKey Reservations { get; init; }
    public RedisKey Deadlines { get; init; }
    public RedisKey Queue { get; init; }
    public RedisKey Overflow { get; init; }
    public RedisKey Idle { get; init; }
    public RedisKey Timers { get; init; }
    public RedisKey CallerTimers { get; init; }
    public RedisKey Seen { get; init; }
    public RedisKey Stats { get; init; }
    public RedisKey Events { get; init; }
    public RedisKey Op { get; init; }

    public RedisValue Now { get; init; }
    public RedisValue OpId { get; init; } = "";
    public RedisValue OpTtl { get; init; }
    public RedisValue Id { get; init; } = "";
    public RedisValue Language { get; init; } = "";
    public RedisValue Action { get; init; } = "";
    public RedisValue Reason { get; init; } = "";
    public RedisValue Data { get; init; } = "";
    public RedisValue Rule { get; init; } = "";
    public RedisValue Config { get; init; } = "";
    public RedisValue Timeout { get; init; } = 0;
    public RedisValue Day { get; init; } = "";
    public RedisValue Limit { get; init; } = 0;
}
