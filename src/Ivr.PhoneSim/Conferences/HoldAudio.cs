using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Webhooks;

namespace Ivr.PhoneSim.Conferences;

/// <summary>
/// A held participant hears their HoldUrl: a TwiML document of Play, Say, Pause and Redirect, requested again
/// whenever it runs out, until the participant is taken off hold, leaves, or the call ends.
/// </summary>
internal static class HoldAudio
{
    private static readonly HashSet<string> HoldVerbs = new(StringComparer.Ordinal) { "Play", "Say", "Pause", "Redirect" };

    public static void Start(SimulatedTwilio sim, Participant participant)
    {
        var holding = participant.BeginHold();
        if (participant.HoldUrl is { } url && sim.Calls.Find(participant.CallSid) is { } call)
        {
            sim.Track(PlayAsync(sim, call, url, participant.HoldMethod, holding));
        }
    }

    private static async Task PlayAsync(SimulatedTwilio sim, SimCall call, Uri url, string method, CancellationToken holding)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(holding, call.EndedToken);
        var token = linked.Token;
        var next = Instruction.Fetch(url, method);
        try
        {
            while (!token.IsCancellationRequested)
            {
                var document = await sim.Executor.FetchAsync(call, next, null, token);
                var outcome = await sim.Executor.RunDocumentAsync(call, document, token, HoldVerbs);
                next = outcome.Next ?? Instruction.Fetch(url, method);
                await Task.Delay(TimeSpan.FromSeconds(1), sim.Clock, token);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebhookFailure failure)
        {
            // Twilio plays its default hold music when the HoldUrl fails; the journal says why.
            sim.Record(SimEventKinds.Error, call, ("code", failure.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("message", "hold audio: " + failure.Message));
        }
    }
}
