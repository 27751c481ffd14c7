using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/callback_attempt_failed.lua</c>: A callback's dial failed.</summary>
internal sealed record CallbackAttemptFailedArguments : ScriptArguments
{
    public CallbackAttemptFailedArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CallbackId { get; init; }

    /// <summary>no-answer, busy, no-key or failed.</summary>
    public required RedisValue Reason { get; init; }

    /// <summary>Today (yyyyMMdd) for the daily counters.</summary>
    public required RedisValue Day { get; init; }

    /// <summary>Every rule (RulesPayload.ForAll).</summary>
    public required RedisValue Config { get; init; }
}
