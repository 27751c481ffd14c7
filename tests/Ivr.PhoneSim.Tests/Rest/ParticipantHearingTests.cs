using Ivr.PhoneSim.Conferences;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Tests.Infrastructure;
using Twilio.Clients;
using Twilio.Rest.Api.V2010.Account.Conference;

namespace Ivr.PhoneSim.Tests.Rest;

/// <summary>
/// A supervisor's participant switched between listen (muted), whisper (coaching the counselor) and barge (full) with
/// participant updates through the Twilio library: who hears whom follows each update at once.
/// </summary>
public sealed class ParticipantHearingTests
{
    private SimHarness harness = null!;
    private TwilioRestClient client = null!;
    private System.Net.Http.HttpClient http = null!;

    [SetUp]
    public async Task SetUp()
    {
        harness = await SimHarness.StartAsync();
        (client, http) = harness.Host.CreateTwilioClient();
    }

    [TearDown]
    public async Task TearDown()
    {
        http.Dispose();
        await harness.DisposeAsync();
    }

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
