using Ivr.Acd.Model;
using Ivr.Acd.Scripts;
using Ivr.Acd.Scripts.Answers;
using Ivr.Acd.Scripts.Arguments;

namespace Ivr.Acd.Engine;

public sealed partial class AcdEngine
{
    /// <summary>
    /// Does all work that is due at the current time (expired reservations, ended wrap-ups and delays, rule steps
    /// reached, maximum waits, callers whose heartbeat stopped, callbacks whose time came or whose dial went
    /// unreported past CallbackDialTimeout) and matches the languages concerned. Safe to run on
    /// every instance at once; run it every second or so.
    /// </summary>
    public async Task<SweepResult> SweepAsync()
    {
        var expired = new List<string>();
        var timedOut = new List<TimedOutCaller>();
        var lost = new List<string>();
        var released = new List<string>();
        var dials = new List<ExpiredDial>();
        var languages = new HashSet<string>(StringComparer.Ordinal);
        bool more;
        do
        {
            var arguments = new SweepArguments(Context(null)) { Day = Today(), BatchSize = Settings.SweepBatchSize, Config = table.Config };
            var result = await RunAsync<SweepArguments, SweepAnswer>(AcdScripts.Sweep, arguments);
            expired.AddRange(result.ExpiredReservations);
            lost.AddRange(result.LostCallers);
            released.AddRange(result.ReleasedCounselors);
            dials.AddRange(result.ExpiredDials.Select(dial => new ExpiredDial(dial.CallbackId, dial.Counselor)
            {
                Failed = dial.Ended ? new FailedCallback(dial.CallbackId, dial.OriginalCallSid, dial.Language, dial.Number, (int)dial.Attempts) : null,
            }));
            timedOut.AddRange(result.TimedOut.Select(caller => new TimedOutCaller(caller.CallSid, caller.Language, caller.Outcome)));
            languages.UnionWith(result.Languages);
            more = result.More;
        }
        while (more);
        var matches = await MatchAsync(languages);
        return new SweepResult(expired, timedOut, lost, released, matches) { ExpiredDials = dials };
    }

    public async Task<LanguageStatistics> GetStatisticsAsync(string language)
    {
        var rule = RuleFor(language);
        var arguments = new StatisticsArguments(Context("stats")) { Language = language, Rule = table.RulePayloads[rule.Language], Day = Today() };
        var s = await RunAsync<StatisticsArguments, StatisticsAnswer>(AcdScripts.Statistics, arguments);
        static TimeSpan Ms(double value) => TimeSpan.FromMilliseconds((long)value);
        return new LanguageStatistics(language, (int)s.Waiting, Ms(s.LongestWait), (int)s.Available, (int)s.Reserved, (int)s.OnCall,
            (int)s.WrapUp, (int)s.Break, (int)s.Missed, (int)s.Offline, (long)s.Answered, (long)s.Abandoned, Ms(s.ExpectedWait))
        {
            CallbacksWaiting = (int)s.Callbacks,
            CallbacksScheduled = (int)s.Scheduled,
            CallbacksConnectedToday = (long)s.CallbacksConnected,
            CallbacksFailedToday = (long)s.CallbacksFailed,
        };
    }
}
