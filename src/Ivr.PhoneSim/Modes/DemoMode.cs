using System.Diagnostics;
using System.Text;
using Ivr.PhoneSim.Traffic;

namespace Ivr.PhoneSim.Modes;

/// <summary>The 1345 defaults (20 languages, 108 counselors, 1345's call volume) against a running server, with a live summary until Ctrl+C.</summary>
public static class DemoMode
{
    public static async Task<int> RunAsync(CommandLine command)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        // Stopped by a script (SIGTERM) as by Ctrl+C: the summary is printed and the process ends.
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        var journal = new CountingJournal();
        await using var session = await SimulatorSession.StartAsync(command, journal);
        var options = TrafficCommandLine.Apply(command, new TrafficOptions());
        var metrics = new TrafficMetrics();
        var generator = new CallGenerator(session.Sim, options, LanguageMix.Default, metrics);
        var counselors = generator.RegisterCounselors();
        await ServerSeeder.SeedIfAskedAsync(command, counselors, stop.Token);
        var sessions = DemoSessions.Create(command, session.Sim);
        var booking = sessions?.RunAsync(counselors, stop.Token) ?? Task.CompletedTask;
        var dispatcher = session.RunSampleDispatcherAsync(counselors, stop.Token);
        var traffic = generator.RunAsync(TimeSpan.FromDays(365), stop.Token);
        var started = Stopwatch.GetTimestamp();
        var virtualStart = session.Sim.Clock.GetUtcNow();
        while (!stop.IsCancellationRequested)
        {
            Console.Write("\u001b[2J\u001b[H" + Screen(metrics, session.Sim, journal, sessions?.Lines ?? []));
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(2), stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
        try
        {
            await traffic;
        }
        catch (OperationCanceledException)
        {
        }
        await dispatcher;
        await booking;
        Console.WriteLine(LoadReport.Summary(metrics, session.Sim.Clock.GetUtcNow() - virtualStart, Stopwatch.GetElapsedTime(started), journal.Errors));
        return 0;
    }

    private static string Screen(TrafficMetrics metrics, SimulatedTwilio sim, CountingJournal journal, IReadOnlyList<string> sessions)
    {
        var text = new StringBuilder();
        text.AppendLine($"1345 phone simulator demo   virtual time {sim.Clock.GetUtcNow():yyyy-MM-dd HH:mm:ss} UTC   (Ctrl+C to stop)");
        text.AppendLine($"arrived {metrics.Arrived}   waiting {metrics.Waiting}   answered {metrics.Connected}   abandoned {metrics.Count(CallerOutcome.Abandoned)}   self-service {metrics.Count(CallerOutcome.SelfService)}   lost {metrics.Count(CallerOutcome.Lost)}   callbacks {metrics.Count(CallerOutcome.CallbackRequested)} ({metrics.CallbacksConnected} called back)   messages {metrics.Count(CallerOutcome.MessageLeft)}   errors {journal.Errors}");
        foreach (var error in journal.TopErrors(3))
        {
            text.AppendLine("  error: " + error);
        }
        text.AppendLine("waiting per language:");
        foreach (var (language, waiting) in metrics.WaitingByLanguage.OrderByDescending(p => p.Value))
        {
            text.AppendLine($"  {language,-12} {waiting,4} {new string('#', Math.Min(waiting, 60))}");
        }
        var queues = sim.Queues.All.Where(q => q.CurrentSize > 0).Select(q => $"{q.FriendlyName}={q.CurrentSize}");
        text.AppendLine("server queues (Twilio's view): " + string.Join("  ", queues));
        foreach (var line in sessions)
        {
            text.AppendLine("lawyer session " + line);
        }
        return text.ToString();
    }
}
