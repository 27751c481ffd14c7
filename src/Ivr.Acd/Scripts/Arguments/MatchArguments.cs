using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/match.lua</c>: One routing decision for a language; built once per language and stamped per decision.</summary>
internal sealed record MatchArguments : ScriptArguments
{
    public MatchArguments(ScriptContext context)
        : base(context)
    {
    }

    /// <summary>Fresh for every decision.</summary>
    public required RedisValue ReservationId { get; init; }

    public required RedisValue Language { get; init; }

    /// <summary>What a decision reads of the rule (RulesPayload.ForMatch).</summary>
    public required RedisValue Rule { get; init; }

    /// <summary>How long (ms) the counselor is rung.</summary>
    public required RedisValue Timeout { get; init; }
}
