using System.Diagnostics;
using Ivr.PhoneSim.Traffic;
using Ivr.Server.Planning;
using Ivr.Server.Planning.Queueing;
using Ivr.Server.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.PlanningProof;

/// <summary>
/// Issue 23's proof by simulation: eight weeks of history for a large, a medium and a small language go into the rollup,
/// the real planner forecasts the day and requires counselors (Erlang A with the measured patience, 80 % in 20 s), and
/// the real server with the phone simulator as Twilio (20 times faster than real time) replays the day's half hours
/// staffed exactly so: the service level it measures per half hour is compared with the target. CI runs the short
/// version (<see cref="ProofSettings"/>); deploy/dev/planning-proof.sh runs the morning peak at full length and writes
/// docs/planning-proof.md. No timing is asserted: waits are virtual time the simulator measured.
/// </summary>
[NonParallelizable]
[Category("PlanningProof")]
public sealed class PlanningProofTests
{
    /// <summary>
    /// What is compared with the target, and how far off it may be, in points. At full length (deploy/dev/planning-proof.sh)
    /// the claim: the mean of the half hours' service levels within 5 points. The short version has 20 virtual
    /// minutes of 3 queues, and a queue's service level over so short a time swings widely (in the full run's half hours
    /// zh alone ranged 59-100 %; th and vi cells of the short version hold 0-10 callers, each moving its cell by 10-50
    /// points): it compares all answered in target over all offered (zh weighs most), within 15 points. That still fails
    /// when routing or staffing is broken (a counselor short in zh costs 10-15 points, unrouted callers all of them).
    /// </summary>
    private static (double Measured, double Tolerance, string What) Compared(ProofSettings settings, ProofReport report) => settings.FullLength
        ? (report.MeanServiceLevel, 5, "mean of the half hours' service levels, in points")
        : (report.PooledServiceLevel, 15, "answered in target over offered in all half hours, in points");

    [Test]
    public async Task ForecastDay_StaffedAsRequired_MeetsTheTargetOnAverageAndLosesNoCaller()
    {
        var settings = ProofSettings.FromEnvironment();
        var elapsed = Stopwatch.StartNew();
        await using var center = await SimulatedCenter.StartAsync(new Dictionary<string, string?> { ["Acd:WrapUp"] = "00:00:00" });
        await ProofHistory.WriteAsync(center.Server.PostgresConnectionString, ProofSettings.Day);
        var target = new StaffingTarget();
        var window = Enumerable.Range(settings.FirstInterval, settings.Intervals).ToArray();
        var requirement = (await center.Server.Services.GetRequiredService<WorkforcePlanner>().RequirementOnAsync(ProofSettings.Day, target, CancellationToken.None))
            .Where(cell => window.Contains(cell.Forecast.Interval) && ProofHistory.Languages.Any(language => language.Code == cell.Forecast.Language))
            .ToList();
        Assert.That(requirement, Has.Count.EqualTo(window.Length * ProofHistory.Languages.Count), "the planner forecast every half hour of the window");

        var callers = await new ProofReplay(center, settings, requirement).RunAsync();
        var rows = window.SelectMany(interval => ProofHistory.Languages.Select(language =>
        {
            var cell = requirement.Single(cell => cell.Forecast.Interval == interval && cell.Forecast.Language == language.Code);
            return ProofRow.Measure(cell, callers.Where(caller => caller.Language == language.Code && caller.Interval == interval - settings.FirstInterval),
                TimeSpan.FromSeconds(target.TargetSeconds));
        })).ToList();
        var lost = callers.Where(caller => caller.Caller.Outcome is not (CallerOutcome.Answered or CallerOutcome.Abandoned)).ToList();
        var report = new ProofReport(settings, target, rows, lost.Count, elapsed.Elapsed);
        var table = report.Table();
        await TestContext.Out.WriteLineAsync(table);
        if (Environment.GetEnvironmentVariable("PROOF_REPORT") is { Length: > 0 } path)
        {
            await File.WriteAllTextAsync(path, table);
        }

        Assert.Multiple(() =>
        {
            Assert.That(callers, Is.Not.Empty);
            Assert.That(lost.Select(caller => $"{caller.Call.Sid} {caller.Language} {caller.Caller.Outcome}"), Is.Empty, "callers neither answered nor abandoned");
            var (measured, tolerance, what) = Compared(settings, report);
            Assert.That(measured * 100, Is.EqualTo(target.ServiceLevel * 100).Within(tolerance), what);
        });
    }
}
