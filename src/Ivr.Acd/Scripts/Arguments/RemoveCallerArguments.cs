using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/remove_caller.lua</c>: A caller left.</summary>
internal sealed record RemoveCallerArguments : ScriptArguments
{
    public RemoveCallerArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CallSid { get; init; }

    /// <summary>hangup and lost count as abandoned.</summary>
    public required RedisValue Reason { get; init; }

    /// <summary>Today (yyyyMMdd) for the daily counters.</summary>
    public required RedisValue Day { get; init; }

    /// <summary>Every rule (RulesPayload.ForAll).</summary>
    public required RedisValue Config { get; init; }
}
