using Ivr.Acd.Model;
using Ivr.Acd.Scripts;

namespace Ivr.Acd.Engine;

public sealed partial class AcdEngine
{
    /// <summary>
    /// Does all work that is due at the current time (expired reservations, ended wrap-ups and delays, rule steps
    /// reached, maximum waits, callers whose heartbeat stopped) and matches the languages concerned. Safe to run on
    /// every instance at once; run it every second or so.
    /// </summary>
    public async Task<SweepResult> SweepAsync()
    {
        var expired = new List<string>();
        var timedOut = new List<TimedOutCaller>();
        var lost = new List<string>();
        var released = new List<string>();
        var languages = new HashSet<string>(StringComparer.Ordinal);
        bool more;
        do
        {
            var arguments = Arguments(null) with { Day = Today(), Limit = Settings.SweepBatchSize };
            var result = await RunAsync(AcdScripts.Sweep, arguments);
            expired.AddRange(result.Strings("expired"));
            lost.AddRange(result.Strings("lost"));
            released.AddRange(result.Strings("released"));
            timedOut.AddRange(result.Items("timedout").Select(item => new TimedOutCaller(
                item.GetProperty("c").GetString()!, item.GetProperty("l").GetString()!, item.GetProperty("o").GetString()!)));
            languages.UnionWith(result.Strings("langs"));
            more = result.Bool("more");
        }
        while (more);
        var matches = await MatchAsync(languages);
        return new SweepResult(expired, timedOut, lost, released, matches);
    }

    public async Task<LanguageStatistics> GetStatisticsAsync(string language)
    {
        var rule = RuleFor(language);
        var arguments = Arguments("stats") with { Language = language, Rule = table.RulePayloads[rule.Language], Day = Today() };
        var result = await RunAsync(AcdScripts.Statistics, arguments);
        int Count(string name) => (int)result.Long(name);
        return new LanguageStatistics(language, Count("waiting"), TimeSpan.FromMilliseconds(result.Long("longest")),
            Count("available"), Count("reserved"), Count("oncall"), Count("wrapup"), Count("break"), Count("missed"), Count("offline"),
            result.Long("answered"), result.Long("abandoned"), TimeSpan.FromMilliseconds(result.Long("ewt")));
    }
}
