using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/call_ended.lua</c>: A connected call ended.</summary>
internal sealed record CallEndedArguments : ScriptArguments
{
    public CallEndedArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CallSid { get; init; }

    /// <summary>When not empty, only this counselor's call ends.</summary>
    public required RedisValue CounselorId { get; init; }

    /// <summary>Every rule (RulesPayload.ForAll).</summary>
    public required RedisValue Config { get; init; }
}
