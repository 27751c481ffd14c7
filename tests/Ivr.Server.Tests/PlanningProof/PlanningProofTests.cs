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
    /// Points the mean of the half hours' service levels may be off the target. The claim is 5 over the morning
    /// peak at full length; the short version's 9 half-hour cells (three of a small language with ~5 callers each, whose
    /// service level alone moves by 20 points a caller) and its empty queues at the start are noisier: 10.
    /// </summary>
    private static double Tolerance(ProofSettings settings) => settings.FullLength ? 5 : 10;

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
            Assert.That(report.MeanServiceLevel * 100, Is.EqualTo(target.ServiceLevel * 100).Within(Tolerance(settings)),
                "mean of the half hours' service levels, in points");
        });
    }
}
