using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Conferences;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Rest;
using Ivr.PhoneSim.Tests.Infrastructure;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Rest.Api.V2010.Account.Conference;
using Twilio.Rest.Api.V2010.Account.Queue;

namespace Ivr.PhoneSim.Tests.Rest;

/// <summary>The Twilio C# library 8.2.0, pointed at the simulator through a SystemNetHttpClient whose handler rewrites the host.</summary>
public sealed class TwilioLibraryTests
{
    private SimHarness harness = null!;
    private TwilioRestClient client = null!;
    private System.Net.Http.HttpClient http = null!;

    [SetUp]
    public async Task SetUp()
    {
        harness = await SimHarness.StartAsync();
        (client, http) = harness.Host.CreateTwilioClient();
        harness.App.Twiml("/talk", "<Response><Pause length=\"600\"/></Response>");
        harness.App.Twiml("/other", "<Response><Say>moved</Say><Pause length=\"600\"/></Response>");
    }

    [TearDown]
    public async Task TearDown()
    {
        http.Dispose();
        await harness.DisposeAsync();
    }

    [Test]
    public async Task Calls_CreateFetchRedirectHangUp_WorkThroughTheLibrary()
    {
        harness.Sim.Parties.Register("client:counselor-1", new ScriptedParty([]));
        var created = await CallResource.CreateAsync(new global::Twilio.Types.Client("counselor-1"), new global::Twilio.Types.PhoneNumber("+821345"), url: harness.App.Url("/talk"), client: client);
        await SimHarness.UntilAsync(() => harness.App.To("/talk").Count == 1);
        var fetched = await CallResource.FetchAsync(created.Sid, client: client);
        await CallResource.UpdateAsync(created.Sid, url: harness.App.Url("/other"), client: client);
        await SimHarness.UntilAsync(() => harness.App.To("/other").Count == 1);
        var ended = await CallResource.UpdateAsync(created.Sid, status: CallResource.UpdateStatusEnum.Completed, client: client);
        Assert.Multiple(() =>
        {
            Assert.That(created.Sid, Does.StartWith("CA"));
            Assert.That(created.To, Is.EqualTo("client:counselor-1"));
            Assert.That(fetched.Status, Is.EqualTo(CallResource.StatusEnum.InProgress));
            Assert.That(fetched.Direction, Is.EqualTo("outbound-api"));
            Assert.That(harness.App.To("/other").Single()["CallSid"], Is.EqualTo(created.Sid));
            Assert.That(ended.Status, Is.EqualTo(CallResource.StatusEnum.Completed));
        });
    }

    [Test]
    public async Task Calls_CreateWithTwiml_RunsInlineDocument()
    {
        var created = await CallResource.CreateAsync(new global::Twilio.Types.PhoneNumber("+8210555"), new global::Twilio.Types.PhoneNumber("+821345"),
            twiml: new global::Twilio.Types.Twiml($"<Response><Redirect>{harness.App.Url("/talk")}</Redirect></Response>"), client: client);
        await SimHarness.UntilAsync(() => harness.App.To("/talk").Count == 1);
        Assert.That(harness.App.To("/talk").Single()["CallSid"], Is.EqualTo(created.Sid));
    }

    [Test]
    public void Calls_UpdateCompletedCall_ThrowsApiExceptionWith21220()
    {
        harness.App.Twiml("/voice", "<Response><Hangup/></Response>");
        var call = SimHarness.EndedAsync(harness.Call()).GetAwaiter().GetResult();
        var exception = Assert.ThrowsAsync<ApiException>(() => CallResource.UpdateAsync(call.Sid, url: harness.App.Url("/other"), client: client));
        Assert.That(exception!.Code, Is.EqualTo(21220));
    }

    [Test]
    public async Task QueueMembers_DequeueFront_CallerRunsNewUrl()
    {
        harness.App.Twiml("/voice", "<Response><Enqueue waitUrl=\"/talk\">english</Enqueue></Response>");
        var caller = harness.Call();
        await SimHarness.UntilAsync(() => harness.Sim.Queues.FindByName("english")?.CurrentSize == 1);
        var queues = await QueueResource.ReadAsync(client: client);
        var queue = queues.Single(q => q.FriendlyName == "english");
        var members = await MemberResource.ReadAsync(queue.Sid, client: client);
        var member = await MemberResource.UpdateAsync(queue.Sid, "Front", harness.App.Url("/other"), client: client);
        await SimHarness.UntilAsync(() => harness.App.To("/other").Count == 1);
        Assert.Multiple(() =>
        {
            Assert.That(queue.CurrentSize, Is.EqualTo(1));
            Assert.That(members.Single().CallSid, Is.EqualTo(caller.Sid));
            Assert.That(member.CallSid, Is.EqualTo(caller.Sid));
            Assert.That(harness.App.To("/other").Single()["CallSid"], Is.EqualTo(caller.Sid));
        });
    }

    [Test]
    public async Task Participants_CreateMuteCoachAndKick_WorkThroughTheLibrary()
    {
        harness.Sim.Parties.Register("client:counselor-5", new ScriptedParty([]));
        harness.Sim.Parties.Register("client:supervisor-1", new ScriptedParty([]));
        harness.App.Twiml("/voice", "<Response><Dial><Conference endConferenceOnExit=\"true\">room-1</Conference></Dial></Response>");
        var caller = harness.Call();
        await SimHarness.UntilAsync(() => harness.Sim.Conferences.FindLive("room-1") is not null);
        var conferenceSid = harness.Sim.Conferences.FindLive("room-1")!.Sid;
        var counselor = await ParticipantResource.CreateAsync(conferenceSid, new global::Twilio.Types.PhoneNumber("+821345"), new global::Twilio.Types.Client("counselor-5"), client: client);
        await SimHarness.UntilAsync(() => harness.Sim.Conferences.Find(conferenceSid)!.Participants.Count == 2);
        var supervisor = await ParticipantResource.CreateAsync(conferenceSid, new global::Twilio.Types.PhoneNumber("+821345"), new global::Twilio.Types.Client("supervisor-1"),
            coaching: true, callSidToCoach: counselor.CallSid, client: client);
        await SimHarness.UntilAsync(() => harness.Sim.Conferences.Find(conferenceSid)!.Participants.Count == 3);
        var muted = await ParticipantResource.UpdateAsync(conferenceSid, caller.Sid, muted: true, hold: true, client: client);
        var coach = await ParticipantResource.FetchAsync(conferenceSid, supervisor.CallSid, client: client);
        var conference = await ConferenceResource.FetchAsync(conferenceSid, client: client);
        var kicked = await ParticipantResource.DeleteAsync(conferenceSid, counselor.CallSid, client: client);
        await SimHarness.UntilAsync(() => harness.Sim.Conferences.Find(conferenceSid)!.Participants.Count == 2);
        await ParticipantResource.DeleteAsync(conferenceSid, caller.Sid, client: client);
        await SimHarness.EndedAsync(caller);
        Assert.Multiple(() =>
        {
            Assert.That(conference.Status, Is.EqualTo(ConferenceResource.StatusEnum.InProgress));
            Assert.That(muted.Muted, Is.True);
            Assert.That(muted.Hold, Is.True);
            Assert.That(coach.Coaching, Is.True);
            Assert.That(coach.CallSidToCoach, Is.EqualTo(counselor.CallSid));
            Assert.That(kicked, Is.True);
            Assert.That(harness.Sim.Conferences.Find(conferenceSid)!.Status, Is.EqualTo("completed"));
            Assert.That(harness.Sim.Conferences.Find(conferenceSid)!.ReasonConferenceEnded, Is.EqualTo("participant-with-end-conference-on-exit-left"));
            Assert.That(caller.Status, Is.EqualTo(CallStatuses.Completed));
        });
    }

    [Test]
    public async Task Calls_CreateWithStatusCallbackEvents_ReportsEachEventInSequence()
    {
        harness.Sim.Parties.Register("client:counselor-9", new ScriptedParty([]));
        harness.App.Twiml("/call-status", "<Response/>");
        harness.App.Twiml("/short", "<Response><Say>Hello</Say></Response>");
        var created = await CallResource.CreateAsync(new global::Twilio.Types.Client("counselor-9"), new global::Twilio.Types.PhoneNumber("+821345"),
            url: harness.App.Url("/short"), statusCallback: harness.App.Url("/call-status"),
            statusCallbackEvent: ["initiated", "ringing", "answered", "completed"], client: client);
        await SimHarness.UntilAsync(() => harness.App.To("/call-status").Count == 4);
        var callbacks = harness.App.To("/call-status").OrderBy(r => int.Parse(r["SequenceNumber"], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(callbacks.Select(r => r["CallStatus"]), Is.EqualTo(new[] { "initiated", "ringing", "in-progress", "completed" }));
            Assert.That(callbacks.Select(r => r["SequenceNumber"]), Is.EqualTo(new[] { "0", "1", "2", "3" }));
            Assert.That(callbacks.All(r => r["CallSid"] == created.Sid && r.SignatureValid), Is.True);
        });
    }

    /// <summary>
    /// A supervisor's participant switched between listen (muted), whisper (coaching the counselor) and barge (full)
    /// with participant updates: who hears whom follows each update at once.
    /// </summary>
    [Test]
    public async Task Update_SwitchesMutedAndCoachingLive_AndTheCoachIsHeardOnlyByTheCoached()
    {
        harness.Sim.Parties.Register("client:counselor-1", new ScriptedParty([]));
        harness.Sim.Parties.Register("client:supervisor-1", new ScriptedParty([]));
        harness.App.Twiml("/voice", "<Response><Dial><Conference endConferenceOnExit=\"true\">room-h</Conference></Dial></Response>");
        var caller = harness.Call();
        await SimHarness.UntilAsync(() => harness.Sim.Conferences.FindLive("room-h") is not null);
        var conference = harness.Sim.Conferences.FindLive("room-h")!;
        var from = new global::Twilio.Types.PhoneNumber("+821345");
        var counselor = (await ParticipantResource.CreateAsync(conference.Sid, from, new global::Twilio.Types.Client("counselor-1"), client: client)).CallSid;
        var supervisor = (await ParticipantResource.CreateAsync(conference.Sid, from, new global::Twilio.Types.Client("supervisor-1"),
            muted: true, endConferenceOnExit: false, client: client)).CallSid;
        await SimHarness.UntilAsync(() => conference.Participants.Count == 3);
        string[] Hearers() => [.. conference.HeardBy()[supervisor]];

        var listening = Hearers();
        await ParticipantResource.UpdateAsync(conference.Sid, supervisor, muted: false, coaching: true, callSidToCoach: counselor, client: client);
        var whispering = Hearers();
        var coachedHearsCaller = conference.Hears(counselor, caller.Sid);
        await ParticipantResource.UpdateAsync(conference.Sid, supervisor, coaching: false, client: client);
        var barging = Hearers();
        var coach = conference.Find(supervisor)!;
        await ParticipantResource.DeleteAsync(conference.Sid, supervisor, client: client);
        await SimHarness.UntilAsync(() => conference.Participants.Count == 2);

        Assert.Multiple(() =>
        {
            Assert.That(listening, Is.Empty, "listen: nobody hears the muted supervisor");
            Assert.That(whispering, Is.EqualTo(new[] { counselor }), "whisper: only the coached counselor");
            Assert.That(coachedHearsCaller, Is.True);
            Assert.That(barging, Is.EquivalentTo(new[] { caller.Sid, counselor }), "barge: everyone");
            Assert.That((coach.Coaching, coach.CallSidToCoach), Is.EqualTo((false, (string?)null)));
            Assert.That(conference.Status, Is.EqualTo("in-progress"), "the supervisor leaving leaves the call up");
            Assert.That(conference.Hears(caller.Sid, counselor), Is.True);
        });
    }
}
