using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/carry_over_callbacks.lua</c>: One batch of a language's callbacks scheduled for its next opening.</summary>
internal sealed record CarryOverCallbacksArguments : ScriptArguments
{
    public CarryOverCallbacksArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue Language { get; init; }

    /// <summary>The next opening, ms since the Unix epoch.</summary>
    public required RedisValue NotBefore { get; init; }

    /// <summary>Where this batch starts (a ZRANGEBYLEX bound from the previous batch), empty for the first.</summary>
    public required RedisValue Cursor { get; init; }

    /// <summary>At most this many callbacks.</summary>
    public required RedisValue BatchSize { get; init; }
}
