using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/request_callback.lua</c>: A waiting caller becomes a callback that keeps their place.</summary>
internal sealed record RequestCallbackArguments : ScriptArguments
{
    public RequestCallbackArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CallSid { get; init; }

    /// <summary>The callback's id (AcdEngine.CallbackIdFor).</summary>
    public required RedisValue CallbackId { get; init; }

    /// <summary>E.164.</summary>
    public required RedisValue Number { get; init; }

    /// <summary>Out of line until then (ms since the Unix epoch); 0: in line at once.</summary>
    public required RedisValue NotBefore { get; init; }

    /// <summary>Every rule (RulesPayload.ForAll).</summary>
    public required RedisValue Config { get; init; }
}
