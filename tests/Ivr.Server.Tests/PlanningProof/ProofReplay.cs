using System.Diagnostics;
using System.Globalization;
using Ivr.PhoneSim.Traffic;
using Ivr.Server.Planning;
using Ivr.Server.Tests.EndToEnd;

namespace Ivr.Server.Tests.PlanningProof;

/// <summary>
/// Replays the window of the forecast day against the real server: at each half hour's boundary every language is
/// staffed with the requirement's counselors, then callers arrive as a Poisson process at the forecast rate (offered /
/// 1800 s), each with exponential patience of the language's measured mean (the planner's Erlang A); handling times are
/// the counselors' (<see cref="ProofStaffing"/>). Callers want a counselor (no self-service, no callback or message).
/// </summary>
public sealed class ProofReplay(SimulatedCenter center, ProofSettings settings, IReadOnlyList<RequirementCell> requirement)
{
    private readonly Random random = new(23);
    private readonly TrafficOptions callerOptions = new() { SelfServiceShare = 0, BargeInShare = 0 };
    private readonly TrafficMetrics metrics = new();

    public RequirementCell? Cell(string language, int interval) =>
        requirement.FirstOrDefault(cell => cell.Forecast.Language == language && cell.Forecast.Interval == interval);

    public async Task<List<ProofCaller>> RunAsync()
    {
        var callers = new List<ProofCaller>();
        var staffing = ProofHistory.Languages.ToDictionary(language => language.Code, language => new ProofStaffing(center, language.Code));
        var clock = center.Twilio.Clock;
        var start = clock.GetUtcNow() + TimeSpan.FromSeconds(settings.WarmUpSeconds);
        // The warm-up (interval -1) replays the first half hour; its callers are placed but never measured.
        for (var i = settings.WarmUpSeconds > 0 ? -1 : 0; i < settings.Intervals; i++)
        {
            var boundary = i < 0 ? clock.GetUtcNow() : start + TimeSpan.FromSeconds(i * settings.IntervalSeconds);
            var length = i < 0 ? settings.WarmUpSeconds : settings.IntervalSeconds;
            foreach (var language in ProofHistory.Languages)
            {
                var cell = Cell(language.Code, settings.FirstInterval + Math.Max(i, 0));
                await staffing[language.Code].StaffAsync(cell?.Required ?? 0, cell?.Forecast.HandleSeconds ?? language.AhtSeconds);
            }
            foreach (var (at, language) in Arrivals(Math.Max(i, 0), length))
            {
                await LeaveAndWaitAsync(staffing.Values, boundary + at);
                callers.Add(Place(language, i));
            }
            await LeaveAndWaitAsync(staffing.Values, boundary + TimeSpan.FromSeconds(length));
        }
        // Queued callers are answered or hang up; then the calls still talking are ended (their counselors' time no longer counts).
        var waited = Stopwatch.StartNew();
        while (!callers.All(caller => caller.Settled) && waited.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(250);
        }
        foreach (var caller in callers.Where(caller => !caller.Call.IsEnded))
        {
            center.Twilio.HangUp(caller.Call);
        }
        while (callers.Any(caller => caller.Caller.Outcome is null) && waited.Elapsed < TimeSpan.FromMinutes(6))
        {
            await Task.Delay(250);
        }
        return callers;
    }

    /// <summary>Every language's arrivals in one half hour, merged in time order: Poisson at the forecast rate.</summary>
    private List<(TimeSpan At, ProofHistory.Profile Language)> Arrivals(int interval, double seconds)
    {
        var arrivals = new List<(TimeSpan, ProofHistory.Profile)>();
        foreach (var language in ProofHistory.Languages)
        {
            var rate = (Cell(language.Code, settings.FirstInterval + interval)?.Forecast.Offered ?? 0) / 1800;
            for (var at = Exponential(1 / rate); rate > 0 && at.TotalSeconds < seconds; at += Exponential(1 / rate))
            {
                arrivals.Add((at, language));
            }
        }
        return [.. arrivals.OrderBy(arrival => arrival.Item1)];
    }

    private ProofCaller Place(ProofHistory.Profile language, int interval)
    {
        var patience = Cell(language.Code, settings.FirstInterval + Math.Max(interval, 0))?.PatienceSeconds is { } mean ? Exponential(mean) : TimeSpan.FromDays(1);
        var caller = new VirtualCaller(new Language(language.Number, language.Code, 1), selfService: false, bargeIn: false, patience,
            TimeSpan.Zero, callerOptions, metrics);
        var number = "+8210" + random.Next(10000000, 99999999).ToString(CultureInfo.InvariantCulture);
        return new ProofCaller(language.Code, interval, center.Twilio.PlaceIncomingCall(number, caller), caller);
    }

    /// <summary>Until the virtual instant, signing out the counselors asked to leave as they come free.</summary>
    private async Task LeaveAndWaitAsync(IEnumerable<ProofStaffing> staffing, DateTimeOffset until)
    {
        var clock = center.Twilio.Clock;
        while (clock.GetUtcNow() < until)
        {
            foreach (var language in staffing)
            {
                await language.SignOutLeaversAsync();
            }
            var wait = until - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait < TimeSpan.FromSeconds(5) ? wait : TimeSpan.FromSeconds(5), clock);
            }
        }
    }

    private TimeSpan Exponential(double meanSeconds) => TimeSpan.FromSeconds(-meanSeconds * Math.Log(1 - random.NextDouble()));
}
