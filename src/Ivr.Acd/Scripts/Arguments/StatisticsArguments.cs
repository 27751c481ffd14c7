using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Arguments;

/// <summary><c>commands/statistics.lua</c>: A language's live counters.</summary>
internal sealed record StatisticsArguments : ScriptArguments
{
    public StatisticsArguments(ScriptContext context)
        : base(context)
    {
    }

    public required RedisValue Language { get; init; }

    /// <summary>The language's rule (RulesPayload.ForLanguage).</summary>
    public required RedisValue Rule { get; init; }

    /// <summary>Today (yyyyMMdd) for the daily counters.</summary>
    public required RedisValue Day { get; init; }
}
