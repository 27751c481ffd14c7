using System.Diagnostics;
using System.Globalization;
using Ivr.Acd.Model;
using Ivr.Acd.Scripts;
using Ivr.Acd.Scripts.Answers;
using StackExchange.Redis;

namespace Ivr.Acd.Engine;

public sealed partial class AcdEngine
{
    /// <summary>One routing decision for a language; null when no eligible caller meets an eligible counselor.</summary>
    public async Task<Match?> TryMatchAsync(string language)
    {
        // The per-language arguments are built once; a decision only adds its id and the time (hot path).
        var arguments = (table.MatchArguments.TryGetValue(language, out var template) ? template : throw UnknownLanguage(language)) with
        {
            ReservationId = Guid.NewGuid().ToString("N"),
            Now = time.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        using var activity = AcdTelemetry.Source.StartActivity("acd.match");
        activity?.SetTag("ivr.language", language);
        var started = time.GetTimestamp();
        RedisResult result;
        try
        {
            result = await AcdScripts.Match.EvaluateAsync(redis, arguments);
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            AcdTelemetry.Decided(language, AcdTelemetry.Outcomes.Error, time.GetElapsedTime(started));
            throw;
        }
        if (result.IsNull)
        {
            AcdTelemetry.Decided(language, AcdTelemetry.Outcomes.NoMatch, time.GetElapsedTime(started));
            activity?.SetTag("ivr.acd.outcome", AcdTelemetry.Outcomes.NoMatch);
            return null;
        }
        AcdTelemetry.Decided(language, AcdTelemetry.Outcomes.Matched, time.GetElapsedTime(started));
        activity?.SetTag("ivr.acd.outcome", AcdTelemetry.Outcomes.Matched);
        var fields = (string[])result!;
        return new Match(fields[0], fields[1], fields[2], fields[3], fields[4],
            DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(fields[5], CultureInfo.InvariantCulture)))
        {
            Kind = fields is [.., "cb"] ? MatchKind.Callback : MatchKind.Caller,
        };
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
        var routing = table;
        var ordered = new List<string>();
        foreach (var language in languages.Where(routing.Rules.ContainsKey))
        {
            ordered.Add(language);
            if (routing.OverflowSources.TryGetValue(language, out var sources))
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

    private Task<IReadOnlyList<Match>> MatchAsync(ChangeAnswer result, params string[] languages) =>
        MatchAsync(languages.Concat(result.Languages).Where(language => language.Length > 0));
}
