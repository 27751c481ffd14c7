using System.Diagnostics;
using Ivr.PhoneSim.Traffic;

namespace Ivr.PhoneSim.Modes;

/// <summary>
/// --rate calls per second (virtual), --counselors M, --duration seconds (virtual), --speed factor; prints the load
/// report, and with --server-pid the server process's CPU and memory over the run.
/// </summary>
public static class LoadMode
{
    public static async Task<int> RunAsync(CommandLine command)
    {
        var journal = new CountingJournal();
        await using var session = await SimulatorSession.StartAsync(command, journal);
        var options = TrafficCommandLine.Apply(command, new TrafficOptions { CallsPerSecond = 10, SelfServiceShare = 0 });
        var metrics = new TrafficMetrics();
        var generator = new CallGenerator(session.Sim, options, LanguageMix.Default, metrics);
        var counselors = generator.RegisterCounselors();
        await ServerSeeder.SeedIfAskedAsync(command, counselors, CancellationToken.None);
        await using var monitor = ServerProcessMonitor.StartIfAsked(command);
        using var stopDispatcher = new CancellationTokenSource();
        var dispatcher = session.RunSampleDispatcherAsync(counselors, stopDispatcher.Token);
        var duration = TimeSpan.FromSeconds(command.Number("duration", 60));
        var started = Stopwatch.GetTimestamp();
        var virtualStart = session.Sim.Clock.GetUtcNow();
        await generator.RunAsync(duration, CancellationToken.None);
        var generating = Stopwatch.GetElapsedTime(started);
        var drain = TimeSpan.FromSeconds(command.Number("drain", 600));
        var calls = session.Sim.Calls.All.Where(c => c.Direction == Calls.CallDirections.Inbound).Select(c => c.Completion);
        await Task.WhenAny(Task.WhenAll(calls), Task.Delay(drain, session.Sim.Clock));
        await stopDispatcher.CancelAsync();
        await dispatcher;
        Console.WriteLine(LoadReport.Summary(metrics, session.Sim.Clock.GetUtcNow() - virtualStart, generating, journal.Errors));
        foreach (var error in journal.TopErrors(10))
        {
            Console.WriteLine("  error: " + error);
        }
        // A lost caller names the document that ended their call, so its webhook can be found in the server's log.
        foreach (var (call, caller) in generator.Placed.Where(placed => placed.Caller.Outcome == CallerOutcome.Lost).Take(10))
        {
            Console.WriteLine($"  lost: {call.Sid} ({caller.Language.Code}, {(caller.Queued ? "was queued" : "never queued")}, intent {caller.Intent}), " +
                $"ended {call.Status} after {(call.EndTime - call.DateCreated)?.TotalSeconds:F0} s at {call.CurrentUrl?.PathAndQuery}");
        }
        if (monitor is not null)
        {
            Console.WriteLine(monitor.Report());
        }
        return 0;
    }
}
