using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Recordings;
using Ivr.PhoneSim.Tests.Infrastructure;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account.Conference;

namespace Ivr.PhoneSim.Tests.Rest;

/// <summary>
/// A conference's recording paused, resumed and stopped with the Twilio C# library as the server does
/// (Conferences/{sid}/Recordings/{Twilio.CURRENT or sid}.json), and the answers when there is nothing to update.
/// </summary>
public sealed class ConferenceRecordingUpdateTests
{
    private const string CounselorNumber = "+821077777777";
    private SimHarness harness = null!;
    private TwilioRestClient client = null!;
    private HttpClient libraryHttp = null!;

    [SetUp]
    public async Task SetUp()
    {
        harness = await SimHarness.StartAsync();
        (client, libraryHttp) = harness.Host.CreateTwilioClient();
        harness.App.Twiml("/recording", "<Response/>");
        harness.App.Twiml("/after", "<Response><Hangup/></Response>");
    }

    [TearDown]
    public async Task TearDown()
    {
        libraryHttp.Dispose();
        await harness.DisposeAsync();
    }

    [Test]
    public async Task PauseSkip_ThenResume_TheRecordingsSecondsLeaveThePauseOut()
    {
        var (conference, caller, counselor) = await StartAsync(record: true);
        await Task.Delay(100);
        var paused = await RecordingResource.UpdateAsync(conference, "Twilio.CURRENT", RecordingResource.StatusEnum.Paused, pauseBehavior: "skip", client: client);
        var pausedBy = harness.Sim.Clock.GetUtcNow();
        var pausedAgain = await RecordingResource.UpdateAsync(conference, paused.Sid, RecordingResource.StatusEnum.Paused, pauseBehavior: "skip", client: client);
        await Task.Delay(200);
        var resumedFrom = harness.Sim.Clock.GetUtcNow();
        var resumed = await RecordingResource.UpdateAsync(conference, paused.Sid, RecordingResource.StatusEnum.InProgress, client: client);
        await Task.Delay(100);
        harness.Sim.HangUp(counselor);
        await SimHarness.EndedAsync(caller);
        await SimHarness.UntilAsync(() => harness.App.To("/recording").Any(r => r["RecordingStatus"] == "completed"));

        var recording = harness.Sim.Recordings.Find(paused.Sid)!;
        // Completed when the conference ended; the pause covered at least [pausedBy, resumedFrom].
        var atMost = (recording.DateUpdated - recording.StartTime - (resumedFrom - pausedBy)).TotalSeconds;
        var whole = (recording.DateUpdated - recording.StartTime).TotalSeconds;
        Assert.Multiple(() =>
        {
            Assert.That((paused.Status, pausedAgain.Status, resumed.Status),
                Is.EqualTo((RecordingResource.StatusEnum.Paused, RecordingResource.StatusEnum.Paused, RecordingResource.StatusEnum.InProgress)));
            Assert.That(paused.ConferenceSid, Is.EqualTo(conference));
            Assert.That(recording.Status, Is.EqualTo(RecordingStatuses.Completed));
            Assert.That(recording.Duration, Is.GreaterThan(0));
            Assert.That(recording.Duration, Is.LessThanOrEqualTo((int)Math.Round(atMost) + 1), $"the paused time is not in the recording ({whole:0} s in all)");
            Assert.That(harness.App.To("/recording").Single(r => r["RecordingStatus"] == "completed")["RecordingDuration"],
                Is.EqualTo(recording.Duration.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public async Task Stopped_CompletesTheRecordingAtOnce_ThenUpdatesAnswer400()
    {
        var (conference, caller, counselor) = await StartAsync(record: true);
        await Task.Delay(50);
        var stopped = await RecordingResource.UpdateAsync(conference, "Twilio.CURRENT", RecordingResource.StatusEnum.Stopped, client: client);
        await SimHarness.UntilAsync(() => harness.App.To("/recording").Any(r => r["RecordingStatus"] is "completed" or "absent"));
        var bySid = Assert.ThrowsAsync<ApiException>(() =>
            RecordingResource.UpdateAsync(conference, stopped.Sid, RecordingResource.StatusEnum.Paused, pauseBehavior: "skip", client: client));
        var current = Assert.ThrowsAsync<ApiException>(() =>
            RecordingResource.UpdateAsync(conference, "Twilio.CURRENT", RecordingResource.StatusEnum.Paused, client: client));
        harness.Sim.HangUp(counselor);
        await SimHarness.EndedAsync(caller);
        Assert.Multiple(() =>
        {
            Assert.That((bySid!.Status, bySid.Code), Is.EqualTo((400, 21220)));
            Assert.That((current!.Status, current.Code), Is.EqualTo((404, 20404)), "no recording runs any more");
            Assert.That(harness.App.To("/recording").Count(r => r["RecordingStatus"] is "completed" or "absent"), Is.EqualTo(1), "the conference's end does not finish it again");
        });
    }

    [Test]
    public async Task NoSuchRecording_Answers404()
    {
        var (conference, caller, counselor) = await StartAsync(record: false);
        var current = Assert.ThrowsAsync<ApiException>(() =>
            RecordingResource.UpdateAsync(conference, "Twilio.CURRENT", RecordingResource.StatusEnum.Paused, client: client));
        var unknownSid = Assert.ThrowsAsync<ApiException>(() =>
            RecordingResource.UpdateAsync(conference, "RE0123456789abcdef0123456789abcdef", RecordingResource.StatusEnum.Paused, client: client));
        var unknownConference = Assert.ThrowsAsync<ApiException>(() =>
            RecordingResource.UpdateAsync("CF0123456789abcdef0123456789abcdef", "Twilio.CURRENT", RecordingResource.StatusEnum.Paused, client: client));
        harness.Sim.HangUp(counselor);
        await SimHarness.EndedAsync(caller);
        Assert.Multiple(() =>
        {
            Assert.That((current!.Status, current.Code), Is.EqualTo((404, 20404)));
            Assert.That((unknownSid!.Status, unknownSid.Code), Is.EqualTo((404, 20404)));
            Assert.That((unknownConference!.Status, unknownConference.Code), Is.EqualTo((404, 20404)));
            Assert.That(harness.Sim.Recordings.All, Is.Empty);
        });
    }

    private async Task<(string ConferenceSid, Calls.SimCall Caller, Calls.SimCall Counselor)> StartAsync(bool record)
    {
        var recording = record ? " record=\"record-from-start\" recordingStatusCallback=\"/recording\" recordingStatusCallbackEvent=\"in-progress completed absent\"" : "";
        harness.App.Twiml("/voice", r => r["From"] == CounselorNumber
            ? "<Response><Dial><Conference endConferenceOnExit=\"true\">room</Conference></Dial></Response>"
            : $"<Response><Dial action=\"/after\"><Conference{recording}>room</Conference></Dial></Response>");
        var caller = harness.Call();
        await SimHarness.UntilAsync(() => harness.Sim.Conferences.FindLive("room") is not null);
        var counselor = harness.Sim.PlaceIncomingCall(CounselorNumber, new ScriptedParty([]));
        var conference = harness.Sim.Conferences.FindLive("room")!;
        await SimHarness.UntilAsync(() => conference.Status == "in-progress" && (!record || conference.ActiveRecording is not null));
        return (conference.Sid, caller, counselor);
    }
}
