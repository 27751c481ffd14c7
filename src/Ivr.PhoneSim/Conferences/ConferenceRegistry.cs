using System.Collections.Concurrent;
using System.Globalization;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Twilio;

namespace Ivr.PhoneSim.Conferences;

/// <summary>
/// Conferences by sid and the live one by name (a name is reused for a new conference after the old one ends).
/// Sends conference status callbacks for the events the first participant asked for.
/// </summary>
public sealed class ConferenceRegistry(SimulatedTwilio sim)
{
    private readonly ConcurrentDictionary<string, SimConference> bySid = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SimConference> liveByName = new(StringComparer.Ordinal);

    public IReadOnlyCollection<SimConference> All => [.. bySid.Values];

    public SimConference? Find(string sid) => bySid.TryGetValue(sid, out var conference) ? conference : null;

    public SimConference? FindLive(string friendlyName) => liveByName.TryGetValue(friendlyName, out var c) && !c.IsCompleted ? c : null;

    /// <param name="recording">The creator's recording setting; ignored for a conference that exists already.</param>
    public SimConference GetOrCreate(string friendlyName, Uri? statusCallback, string method, IReadOnlySet<string> events, ConferenceRecording? recording = null)
    {
        lock (liveByName)
        {
            if (FindLive(friendlyName) is { } live)
            {
                return live;
            }
            var conference = new SimConference(Sids.New(Sids.ConferencePrefix), friendlyName, sim.Clock.GetUtcNow())
            {
                StatusCallback = statusCallback,
                StatusCallbackMethod = method,
                StatusCallbackEvents = events,
                Recording = recording,
            };
            bySid[conference.Sid] = conference;
            liveByName[friendlyName] = conference;
            return conference;
        }
    }

    public void Join(SimConference conference, Participant participant)
    {
        if (conference.Add(participant, sim.Clock.GetUtcNow()))
        {
            Callback(conference, "conference-start", null);
            ConferenceRecorder.Start(sim, conference);
        }
        Callback(conference, "participant-join", participant);
        foreach (var other in conference.Participants.Where(p => p.CallSid != participant.CallSid))
        {
            if (sim.Calls.Find(other.CallSid) is { } call)
            {
                sim.Notify(call, Parties.PartyEventKind.Joined, participant.CallSid);
            }
        }
    }

    public void Leave(SimConference conference, Participant participant, string reason)
    {
        var endReason = conference.Remove(participant, sim.Clock.GetUtcNow());
        participant.Remove(reason);
        Callback(conference, "participant-leave", participant);
        if (endReason is not null)
        {
            End(conference, endReason);
        }
    }

    public void End(SimConference conference, string reason)
    {
        if (conference.End(reason, sim.Clock.GetUtcNow()))
        {
            ConferenceRecorder.Finish(sim, conference);
            Callback(conference, "conference-end", null);
        }
    }

    public void Changed(SimConference conference, Participant participant, string statusCallbackEvent) =>
        Callback(conference, statusCallbackEvent, participant);

    private void Callback(SimConference conference, string statusCallbackEvent, Participant? participant)
    {
        sim.Record(SimEventKinds.Conference, null, ("event", statusCallbackEvent), ("conference", conference.FriendlyName), ("callSid", participant?.CallSid));
        var shortName = statusCallbackEvent.Split('-')[^1];
        if (conference.StatusCallback is not { } url || !(conference.StatusCallbackEvents.Contains(shortName) || shortName is "start" or "end"))
        {
            return;
        }
        var parameters = new Dictionary<string, string>
        {
            ["ConferenceSid"] = conference.Sid,
            ["FriendlyName"] = conference.FriendlyName,
            ["AccountSid"] = sim.Options.AccountSid,
            ["SequenceNumber"] = conference.NextSequenceNumber().ToString(CultureInfo.InvariantCulture),
            ["Timestamp"] = TwilioDates.Rfc2822(sim.Clock.GetUtcNow()),
            ["StatusCallbackEvent"] = statusCallbackEvent,
        };
        if (participant is not null)
        {
            parameters["CallSid"] = participant.CallSid;
            parameters["Muted"] = Bool(participant.Muted);
            parameters["Hold"] = Bool(participant.Hold);
            parameters["Coaching"] = Bool(participant.Coaching);
            parameters["EndConferenceOnExit"] = Bool(participant.EndConferenceOnExit);
            parameters["StartConferenceOnEnter"] = Bool(participant.StartConferenceOnEnter);
            if (participant.Label is { } label)
            {
                parameters["ParticipantLabel"] = label;
            }
        }
        if (statusCallbackEvent == "conference-end")
        {
            parameters["ReasonConferenceEnded"] = conference.ReasonConferenceEnded ?? "";
            parameters["CallSidEndingConference"] = conference.CallSidEndingConference ?? "";
        }
        sim.Track(SendAsync(url, conference.StatusCallbackMethod, parameters));
    }

    private async Task SendAsync(Uri url, string method, Dictionary<string, string> parameters)
    {
        try
        {
            await sim.Webhooks.SendAsync(null, url, method, parameters, CancellationToken.None);
        }
        catch (Webhooks.WebhookFailure failure)
        {
            sim.Record(SimEventKinds.Error, null, ("code", failure.Code.ToString(CultureInfo.InvariantCulture)), ("message", "conference callback: " + failure.Message));
        }
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
