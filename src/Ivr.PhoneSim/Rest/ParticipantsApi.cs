using System.Globalization;
using System.Security;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Conferences;

namespace Ivr.PhoneSim.Rest;

/// <summary>
/// Participants: create (dial To into the conference), list, fetch, update (Muted, Hold, Coaching, CallSidToCoach,
/// EndConferenceOnExit), delete (kick). The participant that creates the conference sets its recording
/// (ConferenceRecord, ConferenceRecordingStatusCallback(+Method, +Event)). A created participant is answered by the simulator's party for To and then
/// joins as if its TwiML were &lt;Dial&gt;&lt;Conference&gt;.
/// </summary>
public static class ParticipantsApi
{
    public static RouteGroupBuilder MapParticipants(this RouteGroupBuilder group)
    {
        group.MapPost("/Conferences/{ConferenceSid}/Participants.json", CreateAsync).WithName("CreateParticipant");
        group.MapGet("/Conferences/{ConferenceSid}/Participants.json", List).WithName("ListParticipants");
        group.MapGet("/Conferences/{ConferenceSid}/Participants/{CallSid}.json", Fetch).WithName("FetchParticipant");
        group.MapPost("/Conferences/{ConferenceSid}/Participants/{CallSid}.json", UpdateAsync).WithName("UpdateParticipant");
        group.MapDelete("/Conferences/{ConferenceSid}/Participants/{CallSid}.json", Delete).WithName("DeleteParticipant");
        return group;
    }

    private static async Task<IResult> CreateAsync(string conferenceSid, HttpRequest request, SimulatedTwilio sim, ResourceJson json)
    {
        var form = await Forms.ReadAsync(request);
        if (form.Text("To") is not { } to)
        {
            return TwilioErrors.BadRequest(TwilioErrors.MissingTo, "No 'To' number is specified");
        }
        if (form.Text("From") is not { } from)
        {
            return TwilioErrors.BadRequest(TwilioErrors.MissingFrom, "No 'From' number is specified");
        }
        var name = ConferencesApi.Resolve(sim, conferenceSid)?.FriendlyName ?? conferenceSid;
        var coach = form.Text("CallSidToCoach");
        var twiml = "<Response><Dial><Conference"
            + Attribute("startConferenceOnEnter", form.Bool("StartConferenceOnEnter") ?? true)
            + Attribute("endConferenceOnExit", form.Bool("EndConferenceOnExit") ?? false)
            + Attribute("muted", form.Bool("Muted") ?? false)
            + (coach is null ? "" : $" coach=\"{SecurityElement.Escape(coach)}\"")
            + (form.Text("Label") is { } label ? $" participantLabel=\"{SecurityElement.Escape(label)}\"" : "")
            + (form.AbsoluteUrl("WaitUrl") is { } waitUrl ? $" waitUrl=\"{SecurityElement.Escape(waitUrl.ToString())}\"" : "")
            + $">{SecurityElement.Escape(name)}</Conference></Dial></Response>";
        var timeout = int.TryParse(form.Text("Timeout"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? Math.Clamp(seconds, 5, 600) : 60;
        // The participant's call-progress events, as on Calls create (repeated or space-separated).
        var events = form["StatusCallbackEvent"].SelectMany(v => (v ?? "").Split(' ', ',', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        var setup = new CallSetup(from, to, CallDirections.OutboundApi, sim.Parties.Resolve(to), null,
            form.AbsoluteUrl("StatusCallback"), form.Text("StatusCallbackMethod") ?? "POST", events, timeout);
        // As Twilio does, a conference named here exists from now on, so the answer carries its sid.
        var conference = ConferencesApi.Resolve(sim, conferenceSid) ?? (conferenceSid.StartsWith(Twilio.Sids.ConferencePrefix, StringComparison.Ordinal)
            ? null
            : sim.Conferences.GetOrCreate(conferenceSid, form.AbsoluteUrl("ConferenceStatusCallback"), form.Text("ConferenceStatusCallbackMethod") ?? "POST",
                form["ConferenceStatusCallbackEvent"].SelectMany(v => (v ?? "").Split(' ', ',', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal),
                ConferenceRecording.From(form.Text("ConferenceRecord"), form.AbsoluteUrl("ConferenceRecordingStatusCallback"),
                    form.Text("ConferenceRecordingStatusCallbackMethod"), form["ConferenceRecordingStatusCallbackEvent"].ToString().Replace(",", " ", StringComparison.Ordinal))));
        var call = sim.Legs.StartApiCall(setup, Instruction.Inline(twiml));
        var pending = new Participant(call.Sid, conference?.Sid ?? conferenceSid, sim.Clock.GetUtcNow())
        {
            Label = form.Text("Label"),
            Muted = form.Bool("Muted") ?? false,
            Coaching = coach is not null,
            CallSidToCoach = coach,
            StartConferenceOnEnter = form.Bool("StartConferenceOnEnter") ?? true,
            EndConferenceOnExit = form.Bool("EndConferenceOnExit") ?? false,
        };
        var body = json.Participant(pending);
        body["status"] = "queued";
        return TypedResults.Json(body, statusCode: StatusCodes.Status201Created);
    }

    private static IResult List(string conferenceSid, HttpRequest request, SimulatedTwilio sim, ResourceJson json) =>
        ConferencesApi.Resolve(sim, conferenceSid) is { } conference
            ? TypedResults.Json(ResourceJson.Page("participants", request.Path + request.QueryString, [.. conference.Participants.Select(json.Participant)]))
            : TwilioErrors.NotFoundAt(request);

    private static IResult Fetch(string conferenceSid, string callSid, HttpRequest request, SimulatedTwilio sim, ResourceJson json) =>
        ConferencesApi.Resolve(sim, conferenceSid)?.Find(callSid) is { } participant
            ? TypedResults.Json(json.Participant(participant))
            : TwilioErrors.NotFoundAt(request);

    private static async Task<IResult> UpdateAsync(string conferenceSid, string callSid, HttpRequest request, SimulatedTwilio sim, ResourceJson json)
    {
        if (ConferencesApi.Resolve(sim, conferenceSid) is not { } conference || conference.Find(callSid) is not { } participant)
        {
            return TwilioErrors.NotFoundAt(request);
        }
        var form = await Forms.ReadAsync(request);
        if (form.Bool("Muted") is { } muted && muted != participant.Muted)
        {
            participant.Muted = muted;
            sim.Conferences.Changed(conference, participant, muted ? "participant-mute" : "participant-unmute");
        }
        if (form.Bool("Hold") is { } hold && hold != participant.Hold)
        {
            participant.Hold = hold;
            participant.HoldUrl = hold ? form.AbsoluteUrl("HoldUrl") : null;
            participant.HoldMethod = form.Text("HoldMethod") ?? "GET";
            if (hold)
            {
                HoldAudio.Start(sim, participant);
            }
            else
            {
                participant.EndHold();
            }
            sim.Conferences.Changed(conference, participant, hold ? "participant-hold" : "participant-unhold");
        }
        var coaching = form.Bool("Coaching");
        var coach = form.Text("CallSidToCoach");
        var endOnExit = form.Bool("EndConferenceOnExit");
        if (coaching is not null || coach is not null || endOnExit is not null)
        {
            participant.CallSidToCoach = coach ?? (coaching == false ? null : participant.CallSidToCoach);
            participant.Coaching = coaching ?? (coach is not null || participant.Coaching);
            participant.EndConferenceOnExit = endOnExit ?? participant.EndConferenceOnExit;
            sim.Conferences.Changed(conference, participant, "participant-modify");
        }
        participant.DateUpdated = sim.Clock.GetUtcNow();
        return TypedResults.Json(json.Participant(participant));
    }

    private static IResult Delete(string conferenceSid, string callSid, HttpRequest request, SimulatedTwilio sim)
    {
        if (ConferencesApi.Resolve(sim, conferenceSid) is not { } conference || conference.Find(callSid) is not { } participant)
        {
            return TwilioErrors.NotFoundAt(request);
        }
        sim.Conferences.Leave(conference, participant, "kicked");
        return TypedResults.NoContent();
    }

    private static string Attribute(string name, bool value) => $" {name}=\"{(value ? "true" : "false")}\"";
}
