using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/sweep.lua</c>: One batch of due work.</summary>
internal sealed record SweepArguments : ScriptArguments
{
    public SweepArguments(ScriptContext context)
        : base(context)
    {
    }

    /// <summary>Today (yyyyMMdd) for the daily counters.</summary>
    public required RedisValue Day { get; init; }

    /// <summary>At most this many items of each kind.</summary>
    public required RedisValue BatchSize { get; init; }

    /// <summary>Every rule (RulesPayload.ForAll).</summary>
    public required RedisValue Config { get; init; }
}
