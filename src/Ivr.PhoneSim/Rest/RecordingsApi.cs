using Ivr.PhoneSim.Conferences;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Recordings;

namespace Ivr.PhoneSim.Rest;

/// <summary>
/// Recordings (2010-04-01): list (CallSid and ConferenceSid filters; also under Calls/{CallSid} and
/// Conferences/{ConferenceSid}), fetch and delete
/// <c>Recordings/{Sid}.json</c> (204, then 404), and the media: <c>Recordings/{Sid}</c> or <c>.wav</c> (WAV) and
/// <c>.mp3</c>, behind the same Basic auth ("Enforce HTTP Auth on Media URLs", on for every new Twilio account).
/// A conference's running recording is updated at <c>Conferences/{ConferenceSid}/Recordings/{Sid}.json</c> (its sid, or
/// <c>Twilio.CURRENT</c>): Status paused (PauseBehavior skip leaves the pause out of the recording, silence, the
/// default, keeps it as silence), in-progress (resumed) or stopped (completed at once, its callback sent).
/// </summary>
public static class RecordingsApi
{
    public static RouteGroupBuilder MapRecordings(this RouteGroupBuilder group)
    {
        group.MapGet("/Recordings.json", List).WithName("ListRecordings");
        group.MapGet("/Calls/{CallSid}/Recordings.json", ListForCall).WithName("ListCallRecordings");
        group.MapGet("/Conferences/{ConferenceSid}/Recordings.json", ListForConference).WithName("ListConferenceRecordings");
        group.MapGet("/Recordings/{file}", Fetch).WithName("FetchRecording");
        group.MapDelete("/Recordings/{file}", Delete).WithName("DeleteRecording");
        group.MapPost("/Conferences/{ConferenceSid}/Recordings/{file}", UpdateForConferenceAsync).WithName("UpdateConferenceRecording");
        return group;
    }

    private static IResult List(HttpRequest request, SimulatedTwilio sim, ResourceJson json) =>
        Page(request, sim, json, request.Query["CallSid"].ToString(), request.Query["ConferenceSid"].ToString());

    private static IResult ListForCall(string callSid, HttpRequest request, SimulatedTwilio sim, ResourceJson json) =>
        Page(request, sim, json, callSid, "");

    private static IResult ListForConference(string conferenceSid, HttpRequest request, SimulatedTwilio sim, ResourceJson json) =>
        Page(request, sim, json, "", conferenceSid);

    private static IResult Page(HttpRequest request, SimulatedTwilio sim, ResourceJson json, string callSid, string conferenceSid)
    {
        var recordings = sim.Recordings.All
            .Where(r => (callSid.Length == 0 || r.CallSid == callSid) && (conferenceSid.Length == 0 || r.ConferenceSid == conferenceSid))
            .Select(json.Recording)
            .ToList();
        return TypedResults.Json(ResourceJson.Page("recordings", request.Path + request.QueryString, recordings));
    }

    private static IResult Fetch(string file, HttpRequest request, SimulatedTwilio sim, ResourceJson json)
    {
        var (sid, extension) = Split(file);
        if (sim.Recordings.Find(sid) is not { } recording)
        {
            return TwilioErrors.NotFoundAt(request);
        }
        var seconds = Math.Max(0, recording.Duration);
        return extension switch
        {
            "json" => TypedResults.Json(json.Recording(recording)),
            "" or "wav" when recording.Status == RecordingStatuses.Completed => TypedResults.File(RecordingAudio.Wav(seconds), "audio/x-wav"),
            "mp3" when recording.Status == RecordingStatuses.Completed => TypedResults.File(RecordingAudio.Mp3(seconds), "audio/mpeg"),
            _ => TwilioErrors.NotFoundAt(request),
        };
    }

    private static IResult Delete(string file, HttpRequest request, SimulatedTwilio sim) =>
        Split(file) is (var sid, "json") && sim.Recordings.Delete(sid) ? TypedResults.NoContent() : TwilioErrors.NotFoundAt(request);

    /// <summary>
    /// 404 (20404) without such a conference or recording (Twilio.CURRENT: none running); 400 for a recording no longer
    /// running or a Status other than paused, in-progress, stopped. Pausing a paused recording, or resuming one in
    /// progress, changes nothing.
    /// </summary>
    private static async Task<IResult> UpdateForConferenceAsync(string conferenceSid, string file, HttpRequest request, SimulatedTwilio sim, ResourceJson json)
    {
        var conference = ConferencesApi.Resolve(sim, conferenceSid);
        var recording = Split(file) switch
        {
            (CurrentRecording, "json") => conference?.ActiveRecording,
            (var sid, "json") => sim.Recordings.Find(sid) is { } found && found.ConferenceSid == conference?.Sid ? found : null,
            _ => null,
        };
        var form = await Forms.ReadAsync(request);
        var status = form.Text("Status");
        // Every update asked for, answered or not, so a test can tell a server that asks from one that does not.
        sim.Record(SimEventKinds.Recording, null, ("event", "update"), ("conference", conferenceSid), ("recordingSid", recording?.Sid),
            ("status", status), ("pauseBehavior", form.Text("PauseBehavior")));
        if (conference is null || recording is null)
        {
            return TwilioErrors.NotFoundAt(request);
        }
        var now = sim.Clock.GetUtcNow();
        var updated = status switch
        {
            RecordingStatuses.Paused => recording.Pause(skip: form.Text("PauseBehavior") == "skip", now),
            RecordingStatuses.InProgress => recording.Resume(now),
            RecordingStatuses.Stopped => recording.IsActive && Stop(sim, conference, recording),
            _ => (bool?)null,
        };
        return updated switch
        {
            null => TwilioErrors.BadRequest(TwilioErrors.InvalidRecordingState, $"Status must be paused, in-progress or stopped, not '{status}'"),
            false => TwilioErrors.BadRequest(TwilioErrors.InvalidRecordingState, $"Recording {recording.Sid} is {recording.Status}, not in progress or paused"),
            true => TypedResults.Json(json.Recording(recording)),
        };
    }

    private static bool Stop(SimulatedTwilio sim, SimConference conference, SimRecording recording)
    {
        if (conference.ActiveRecording == recording)
        {
            ConferenceRecorder.Finish(sim, conference);
        }
        return true;
    }

    /// <summary>What Twilio accepts in place of a recording's sid: the one running now.</summary>
    private const string CurrentRecording = "Twilio.CURRENT";

    private static (string Sid, string Extension) Split(string file)
    {
        var dot = file.LastIndexOf('.');
        return dot < 0 ? (file, "") : (file[..dot], file[(dot + 1)..].ToLowerInvariant());
    }
}
