using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/enqueue.lua</c>: Puts a caller in line.</summary>
internal sealed record EnqueueArguments : ScriptArguments
{
    public EnqueueArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CallSid { get; init; }

    public required RedisValue Language { get; init; }

    /// <summary>The language's rule (RulesPayload.ForLanguage).</summary>
    public required RedisValue Rule { get; init; }

    /// <summary>JSON {p priority, t tags, o accepts overflow, a arrival ms}.</summary>
    public required RedisValue Caller { get; init; }
}
