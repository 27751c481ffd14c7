using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/accept_overflow.lua</c>: A waiting caller agrees to be served in the overflow language.</summary>
internal sealed record AcceptOverflowArguments : ScriptArguments
{
    public AcceptOverflowArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CallSid { get; init; }

    /// <summary>Every rule (RulesPayload.ForAll).</summary>
    public required RedisValue Config { get; init; }
}
