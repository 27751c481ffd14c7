using Ivr.Acd.Model;
using Ivr.Acd.Scripts;

namespace Ivr.Acd.Engine;

public sealed partial class AcdEngine
{
    /// <summary>One routing decision for a language; null when no eligible caller meets an eligible counselor.</summary>
    public async Task<Match?> TryMatchAsync(string language, string? reservationId = null)
    {
        var rule = RuleFor(language);
        var arguments = Arguments(reservationId ?? Guid.NewGuid().ToString("N")) with
        {
            Language = language,
            Rule = rulePayloads[rule.Language],
            Timeout = (long)Settings.ReservationTimeout.TotalMilliseconds,
        };
        arguments = arguments with { Id = arguments.OpId };
        var result = await RunAsync(AcdScripts.Match, arguments);
        if (!result.Bool("m"))
        {
            return null;
        }
        return new Match(result.Str("r"), result.Str("c"), result.Str("g"), result.Str("l"), result.Str("q"),
            DateTimeOffset.FromUnixTimeMilliseconds(result.Long("d")));
    }

    /// <summary>
    /// Matches until nothing more matches in the given languages and in the languages that overflow into them.
    /// Native callers of a language are matched before callers overflowing into it.
    /// </summary>
    public async Task<IReadOnlyList<Match>> MatchAsync(IEnumerable<string> languages)
    {
        if (!Settings.MatchOnEvents)
        {
            return [];
        }
        var ordered = new List<string>();
        foreach (var language in languages.Where(rules.ContainsKey))
        {
            ordered.Add(language);
            if (overflowSources.TryGetValue(language, out var sources))
            {
                ordered.AddRange(sources);
            }
        }
        var matches = new List<Match>();
        foreach (var language in ordered.Distinct(StringComparer.Ordinal))
        {
            while (matches.Count < MaxMatchesPerTrigger && await TryMatchAsync(language) is { } match)
            {
                matches.Add(match);
            }
        }
        return matches;
    }

    private Task<IReadOnlyList<Match>> MatchAsync(ScriptResult result, params string[] languages) =>
        MatchAsync(languages.Concat(result.Strings("gl")).Where(language => language.Length > 0));
}
