using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/transfer_to_language.lua</c>: Blind transfer of a connected caller to a language's queue.</summary>
internal sealed record TransferToLanguageArguments : ScriptArguments
{
    public TransferToLanguageArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue CallSid { get; init; }

    /// <summary>Where to.</summary>
    public required RedisValue Language { get; init; }

    /// <summary>That language's rule (RulesPayload.ForLanguage).</summary>
    public required RedisValue Rule { get; init; }

    /// <summary>Every rule (RulesPayload.ForAll).</summary>
    public required RedisValue Config { get; init; }
}
