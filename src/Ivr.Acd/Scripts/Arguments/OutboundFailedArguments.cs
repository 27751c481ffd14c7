using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/outbound_failed.lua</c>: An outbound call reached nobody; the counselor is free at once.</summary>
internal sealed record OutboundFailedArguments : ScriptArguments
{
    public OutboundFailedArguments(ScriptContext context)
        : base(context)
    {
    }

    /// <summary>The outbound call's id (<c>out-</c>...).</summary>
    public required RedisValue CallSid { get; init; }

    /// <summary>Why: busy, no-answer, failed, or the counselor's own leg (counselor-busy, counselor-no-answer, ...).</summary>
    public required RedisValue Reason { get; init; }
}
