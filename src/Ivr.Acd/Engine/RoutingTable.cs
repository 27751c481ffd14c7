using Ivr.Acd.Routing;
using Ivr.Acd.Scripts.Arguments;

namespace Ivr.Acd.Engine;

/// <summary>
/// The routing rules and everything the engine derives from them once (script payloads, match arguments, which
/// languages overflow where). Immutable: replacing the rules swaps the whole table, so no operation sees half.
/// </summary>
internal sealed class RoutingTable
{
    public RoutingTable(AcdSettings settings, AcdKeys keys)
    {
        Settings = settings;
        Rules = settings.Rules.ToDictionary(rule => rule.Language, StringComparer.Ordinal);
        RulePayloads = settings.Rules.ToDictionary(rule => rule.Language, RulesPayload.ForLanguage, StringComparer.Ordinal);
        var context = new ScriptContext(keys, DateTimeOffset.UnixEpoch, "", TimeSpan.Zero);
        MatchArguments = settings.Rules.ToDictionary(rule => rule.Language, rule => new MatchArguments(context)
        {
            ReservationId = "",
            Language = rule.Language,
            Rule = RulesPayload.ForMatch(rule),
            Timeout = (long)settings.ReservationTimeout.TotalMilliseconds,
        }, StringComparer.Ordinal);
        OverflowSources = settings.Rules
            .Where(rule => rule.Overflow is not null)
            .GroupBy(rule => rule.Overflow!.ToLanguage)
            .ToDictionary(group => group.Key, group => group.Select(rule => rule.Language).ToArray(), StringComparer.Ordinal);
        Config = RulesPayload.ForAll(settings);
    }

    public AcdSettings Settings { get; }

    public Dictionary<string, RoutingRule> Rules { get; }

    public Dictionary<string, string> RulePayloads { get; }

    public Dictionary<string, MatchArguments> MatchArguments { get; }

    /// <summary>For each language, the languages whose callers may overflow into it.</summary>
    public Dictionary<string, string[]> OverflowSources { get; }

    /// <summary>Every rule, for the scripts that widen and overflow any language (sweep, enqueue).</summary>
    public string Config { get; }
}
