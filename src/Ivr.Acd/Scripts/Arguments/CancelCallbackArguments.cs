using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/cancel_callback.lua</c>: A callback is cancelled before it was connected.</summary>
internal sealed record CancelCallbackArguments : ScriptArguments
{
    public CancelCallbackArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CallbackId { get; init; }

    /// <summary>Why, in the event.</summary>
    public required RedisValue Reason { get; init; }

    /// <summary>Every rule (RulesPayload.ForAll).</summary>
    public required RedisValue Config { get; init; }
}
