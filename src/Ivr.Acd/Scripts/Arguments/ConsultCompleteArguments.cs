using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/consult_complete.lua</c>: Warm transfer, step two: the consulted counselor keeps the caller.</summary>
internal sealed record ConsultCompleteArguments : ScriptArguments
{
    public ConsultCompleteArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CallSid { get; init; }

    /// <summary>Every rule (RulesPayload.ForAll).</summary>
    public required RedisValue Config { get; init; }
}
