using System.Text.Encodings.Web;
using System.Text.Json;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Traffic;

namespace Ivr.PhoneSim.Modes;

/// <summary>
/// One scripted call: --keys "3*,0" (keys per Gather), --from, --message N (speaks N seconds at a Record, then hangs
/// up; default silent); --counselors N virtual counselors
/// (client:counselor-1..N, always answering, talking --talk seconds) answer when dialed. Prints every webhook request and response, TwiML
/// verb, status change and error as one JSON object per line, and exits when the call ends (--hangup-after seconds).
/// </summary>
public static class ScenarioMode
{
    private static Parties.RecordInput? Message(CommandLine command) =>
        command.Number("message", 0) is > 0 and var seconds ? new Parties.RecordInput(TimeSpan.FromSeconds(seconds), HangUp: true) : null;

    public static async Task<int> RunAsync(CommandLine command)
    {
        var journal = new MemoryJournal();
        var output = Console.Out;
        var json = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        journal.Subscribe(e =>
        {
            lock (output)
            {
                output.WriteLine(JsonSerializer.Serialize(new { at = e.At, kind = e.Kind, callSid = e.CallSid, data = e.Data }, json));
            }
        });
        await using var session = await SimulatorSession.StartAsync(command, journal);
        var keys = command.Text("keys", "3*,0").Split(',').Select(k => (string?)k.Trim()).ToList();
        var traffic = new TrafficOptions
        {
            Counselors = Math.Max(1, (int)command.Number("counselors", 3)),
            DeclineShare = 0,
            NoAnswerShare = 0,
            MeanTalkSeconds = command.Number("talk", 30),
        };
        var counselors = new CallGenerator(session.Sim, traffic, LanguageMix.Default, new TrafficMetrics()).RegisterCounselors();
        using var stopDispatcher = new CancellationTokenSource();
        var dispatcher = session.RunSampleDispatcherAsync(counselors, stopDispatcher.Token);
        var call = session.Sim.PlaceIncomingCall(command.Text("from", "+821012345678"), new ScriptedParty(keys, record: Message(command)));
        var hangUpAfter = TimeSpan.FromSeconds(command.Number("hangup-after", 120));
        var ended = await Task.WhenAny(call.Completion, Task.Delay(hangUpAfter, session.Sim.Clock));
        if (ended != call.Completion)
        {
            session.Sim.HangUp(call);
            await call.Completion;
        }
        await stopDispatcher.CancelAsync();
        await dispatcher;
        var errors = journal.Events.Count(e => e.Kind == SimEventKinds.Error);
        await Console.Error.WriteLineAsync($"call {call.Sid} ended {call.Status}; errors: {errors}");
        return errors == 0 ? 0 : 1;
    }
}
