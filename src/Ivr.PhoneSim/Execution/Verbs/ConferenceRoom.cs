using System.Xml.Linq;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Conferences;
using Ivr.PhoneSim.Parties;

namespace Ivr.PhoneSim.Execution.Verbs;

/// <summary>
/// &lt;Dial&gt;&lt;Conference&gt;: joins (or creates) the named conference with muted, startConferenceOnEnter (true),
/// endConferenceOnExit (false), coach and participantLabel, and for the conference it creates record (record-from-start)
/// with recordingStatusCallback(+Method, +Event); hears waitUrl (Play, Say, Pause, Redirect, looped) until
/// the conference starts; stays until it hangs up, is removed over REST, or the conference ends. The Dial action
/// then gets DialCallStatus=answered.
/// </summary>
internal static class ConferenceRoom
{
    private static readonly HashSet<string> WaitVerbs = new(StringComparer.Ordinal) { "Play", "Say", "Pause", "Redirect" };

    public static async Task<DialResult> JoinAsync(XElement noun, VerbContext context)
    {
        var sim = context.Sim;
        var events = (noun.Attr("statusCallbackEvent") ?? "").Split(' ', ',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var recording = ConferenceRecording.From(noun.Attr("record"), context.Resolve(noun.Attr("recordingStatusCallback")),
            noun.Attr("recordingStatusCallbackMethod"), noun.Attr("recordingStatusCallbackEvent"));
        var conference = sim.Conferences.GetOrCreate(noun.Value.Trim(), context.Resolve(noun.Attr("statusCallback")), noun.Attr("statusCallbackMethod") ?? "POST", events,
            recording);
        var coach = noun.Attr("coach");
        var participant = new Participant(context.Call.Sid, conference.Sid, sim.Clock.GetUtcNow())
        {
            Label = noun.Attr("participantLabel"),
            Muted = noun.BoolAttr("muted", false),
            StartConferenceOnEnter = noun.BoolAttr("startConferenceOnEnter", true),
            EndConferenceOnExit = noun.BoolAttr("endConferenceOnExit", false),
            Coaching = coach is not null,
            CallSidToCoach = coach,
        };
        context.Call.ConferenceSid = conference.Sid;
        sim.Conferences.Join(conference, participant);
        sim.Notify(context.Call, PartyEventKind.Connected, "conference:" + conference.FriendlyName);
        var reason = "hangup";
        try
        {
            await WaitForStartAsync(conference, participant, noun, context);
            reason = await participant.Removed.WaitAsync(context.Token);
        }
        finally
        {
            context.Call.ConferenceSid = null;
            sim.Conferences.Leave(conference, participant, context.Call.IsEnded ? "hangup" : reason);
            sim.Notify(context.Call, PartyEventKind.Disconnected, "conference:" + conference.FriendlyName);
        }
        return new DialResult("answered", null, null, true);
    }

    private static async Task WaitForStartAsync(SimConference conference, Participant participant, XElement noun, VerbContext context)
    {
        if (conference.Started.IsCompleted || context.Resolve(noun.Attr("waitUrl")) is not { } waitUrl)
        {
            return;
        }
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(context.Token);
        var stop = Task.WhenAny(conference.Started, participant.Removed).ContinueWith(_ => waiting.Cancel(), TaskScheduler.Default);
        try
        {
            var next = Instruction.Fetch(waitUrl, noun.Attr("waitMethod"));
            while (!waiting.IsCancellationRequested)
            {
                var document = await context.Sim.Executor.FetchAsync(context.Call, next, null, waiting.Token);
                var outcome = await context.Sim.Executor.RunDocumentAsync(context.Call, document, waiting.Token, WaitVerbs);
                next = outcome.Next ?? Instruction.Fetch(waitUrl, noun.Attr("waitMethod"));
                await context.DelayAsync(TimeSpan.FromSeconds(1)).WaitAsync(waiting.Token);
            }
        }
        catch (OperationCanceledException) when (!context.Token.IsCancellationRequested)
        {
        }
        await stop;
    }
}
