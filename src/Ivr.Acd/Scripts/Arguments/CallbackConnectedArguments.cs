using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/callback_connected.lua</c>: The dialled caller of a callback is on the call with the counselor.</summary>
internal sealed record CallbackConnectedArguments : ScriptArguments
{
    public CallbackConnectedArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CallbackId { get; init; }

    /// <summary>The outbound call's CallSid (may be empty), for the call records.</summary>
    public required RedisValue DialledCallSid { get; init; }

    /// <summary>Today (yyyyMMdd) for the daily counters.</summary>
    public required RedisValue Day { get; init; }
}
