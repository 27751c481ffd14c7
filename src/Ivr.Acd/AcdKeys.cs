using StackExchange.Redis;

namespace Ivr.Acd;

/// <summary>The ACD's keys inside one contact center's hash tag (see docs/acd.md for what each holds).</summary>
public sealed class AcdKeys(ContactCenterKeys keys)
{
    public ContactCenterKeys ContactCenter { get; } = keys;
    public RedisKey Callers { get; } = keys.Key("acd:callers");
    public RedisKey Agents { get; } = keys.Key("acd:agents");
    public RedisKey Reservations { get; } = keys.Key("acd:reservations");
    public RedisKey Deadlines { get; } = keys.Key("acd:deadlines");
    public RedisKey Queue { get; } = keys.Key("acd:queue");
    public RedisKey Overflow { get; } = keys.Key("acd:overflow");
    public RedisKey Idle { get; } = keys.Key("acd:idle");
    public RedisKey Timers { get; } = keys.Key("acd:timers");
    public RedisKey CallerTimers { get; } = keys.Key("acd:caller-timers");
    public RedisKey Seen { get; } = keys.Key("acd:seen");
    public RedisKey Stats { get; } = keys.Key("acd:stats");
    public RedisKey Callbacks { get; } = keys.Key("acd:callbacks");

    public RedisKey Operation(string operationId) => ContactCenter.Key("acd:op:" + operationId);
}
