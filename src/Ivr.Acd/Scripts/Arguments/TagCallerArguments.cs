using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/tag_caller.lua</c>: Adds a tag to a caller in the engine.</summary>
internal sealed record TagCallerArguments : ScriptArguments
{
    public TagCallerArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CallSid { get; init; }

    public required RedisValue Tag { get; init; }

    /// <summary>Every rule (RulesPayload.ForAll).</summary>
    public required RedisValue Config { get; init; }
}
