using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/outbound_start.lua</c>: An available counselor goes On call for a call they place.</summary>
internal sealed record OutboundStartArguments : ScriptArguments
{
    public OutboundStartArguments(ScriptContext context)
        : base(context)
    {
    }

    /// <summary>The outbound call's id (<c>out-</c>...).</summary>
    public required RedisValue CallSid { get; init; }

    public required RedisValue CounselorId { get; init; }

    /// <summary>The call's language: one of the counselor's.</summary>
    public required RedisValue Language { get; init; }

    /// <summary>The number dialled (E.164).</summary>
    public required RedisValue Number { get; init; }

    /// <summary>The follow-up task the call is made for, or empty.</summary>
    public required RedisValue Task { get; init; }
}
