using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/caller_status.lua</c>: Where a caller stands (also their heartbeat).</summary>
internal sealed record CallerStatusArguments : ScriptArguments
{
    public CallerStatusArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CallSid { get; init; }

    /// <summary>Every rule (RulesPayload.ForAll).</summary>
    public required RedisValue Config { get; init; }
}
