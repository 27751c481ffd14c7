using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Tests.Infrastructure;

namespace Ivr.PhoneSim.Tests.Execution;

/// <summary>&lt;Dial&gt;&lt;Conference&gt; as Twilio documents it: waiting until a starter joins, ending on exit, coach, status callbacks, recording.</summary>
public sealed class ConferenceTests
{
    private const string CounselorNumber = "+821077777777";
    private SimHarness harness = null!;

    [SetUp]
    public async Task SetUp()
    {
        harness = await SimHarness.StartAsync();
        harness.App.Twiml("/hold", "<Response><Say>Your counselor will join shortly</Say></Response>");
        harness.App.Twiml("/after", "<Response><Hangup/></Response>");
        harness.App.Twiml("/events", "<Response/>");
    }

    [TearDown]
    public async Task TearDown() => await harness.DisposeAsync();

    [Test]
    public async Task Conference_StartOnEnterFalse_HearsWaitUrlUntilStarterJoins()
    {
        Route(caller: "<Conference startConferenceOnEnter=\"false\" waitUrl=\"/hold\" statusCallback=\"/events\" statusCallbackEvent=\"start end join leave\">room</Conference>",
            counselor: "<Conference endConferenceOnExit=\"true\">room</Conference>");
        var caller = harness.Call();
        await SimHarness.UntilAsync(() => harness.App.To("/hold").Count >= 2);
        var conference = harness.Sim.Conferences.FindLive("room")!;
        var statusBeforeStarter = conference.Status;
        var counselor = harness.Sim.PlaceIncomingCall(CounselorNumber, new ScriptedParty([]));
        await SimHarness.UntilAsync(() => conference.Status == "in-progress");
        var holdRequests = harness.App.To("/hold").Count;
        harness.Sim.HangUp(counselor);
        await SimHarness.EndedAsync(caller);
        // Callbacks are sent concurrently, as Twilio's are: wait for the end and for every callback numbered before the last seen.
        await SimHarness.UntilAsync(() => harness.App.To("/events") is var sent
            && sent.Any(r => r["StatusCallbackEvent"] == "conference-end") && sent.Count == sent.Max(Sequence) + 1);
        var events = harness.App.To("/events");
        Assert.Multiple(() =>
        {
            Assert.That(statusBeforeStarter, Is.EqualTo("init"));
            Assert.That(harness.App.To("/hold").Count, Is.EqualTo(holdRequests), "no hold music after the start");
            Assert.That(events.Select(e => e["StatusCallbackEvent"]), Is.SupersetOf(new[] { "participant-join", "conference-start", "participant-leave", "conference-end" }));
            Assert.That(events.Select(Sequence).Order(), Is.EqualTo(Enumerable.Range(0, events.Count)));
            Assert.That(events.All(e => e.SignatureValid && e["ConferenceSid"] == conference.Sid), Is.True);
            Assert.That(conference.ReasonConferenceEnded, Is.EqualTo("participant-with-end-conference-on-exit-left"));
            Assert.That(conference.CallSidEndingConference, Is.EqualTo(counselor.Sid));
            Assert.That(harness.App.To("/after").Single()["DialCallStatus"], Is.EqualTo("answered"));
        });
    }

    [Test]
    public async Task Conference_CoachAttribute_JoinsAsCoachOfThatCall()
    {
        Route(caller: "<Conference>room</Conference>", counselor: "<Conference>room</Conference>");
        var caller = harness.Call();
        await SimHarness.UntilAsync(() => harness.Sim.Conferences.FindLive("room") is not null);
        harness.App.Twiml("/supervisor", $"<Response><Dial><Conference coach=\"{caller.Sid}\" muted=\"true\">room</Conference></Dial></Response>");
        var supervisor = harness.Sim.PlaceIncomingCall("+821066666666", new ScriptedParty([]), harness.App.Url("/supervisor"));
        await SimHarness.UntilAsync(() => harness.Sim.Conferences.FindLive("room")!.Find(supervisor.Sid) is not null);
        var participant = harness.Sim.Conferences.FindLive("room")!.Find(supervisor.Sid)!;
        Assert.Multiple(() =>
        {
            Assert.That(participant.Coaching, Is.True);
            Assert.That(participant.CallSidToCoach, Is.EqualTo(caller.Sid));
            Assert.That(participant.Muted, Is.True);
        });
    }

    [Test]
    public async Task Conference_SomeoneJoins_TheParticipantsAlreadyThereAreTold()
    {
        Route(caller: "<Conference>room</Conference>", counselor: "<Conference>room</Conference>");
        var first = new JoinWatcher();
        var counselor = harness.Sim.PlaceIncomingCall(CounselorNumber, first);
        await SimHarness.UntilAsync(() => harness.Sim.Conferences.FindLive("room") is not null);
        var caller = harness.Call();
        await SimHarness.UntilAsync(() => !first.Joined.IsEmpty);

        Assert.That(first.Joined, Is.EqualTo(new[] { caller.Sid }), "told once, with the caller's CallSid; never of itself");
        harness.Sim.HangUp(counselor);
    }

    private sealed class JoinWatcher : IParty
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Joined { get; } = new();

        public RingDecision OnRing(SimCall call) => RingDecision.AnswerNow;

        public KeyInput? OnGather(SimCall call, GatherPrompt prompt) => null;

        public void OnEvent(SimCall call, PartyEvent partyEvent, IPhoneLine line)
        {
            if (partyEvent.Kind == PartyEventKind.Joined)
            {
                Joined.Enqueue(partyEvent.Detail!);
            }
        }
    }

    [Test]
    public async Task Conference_LastParticipantLeaves_ConferenceCompletes()
    {
        Route(caller: "<Conference>room</Conference>", counselor: "<Conference>room</Conference>");
        var caller = harness.Call();
        var counselor = harness.Sim.PlaceIncomingCall(CounselorNumber, new ScriptedParty([]));
        await SimHarness.UntilAsync(() => harness.Sim.Conferences.FindLive("room")?.Participants.Count == 2);
        var conference = harness.Sim.Conferences.FindLive("room")!;
        harness.Sim.HangUp(counselor);
        await SimHarness.UntilAsync(() => conference.Participants.Count == 1);
        var stillRunning = conference.Status;
        harness.Sim.HangUp(caller);
        await SimHarness.EndedAsync(caller);
        Assert.Multiple(() =>
        {
            Assert.That(stillRunning, Is.EqualTo("in-progress"));
            Assert.That(conference.Status, Is.EqualTo("completed"));
            Assert.That(conference.ReasonConferenceEnded, Is.EqualTo("last-participant-left"));
            Assert.That(caller.Status, Is.EqualTo(CallStatuses.Completed));
        });
    }

    [Test]
    public async Task Conference_RecordFromStart_SetByItsCreator_RecordsFromStartToEndWithASignedCallback()
    {
        harness.App.Twiml("/recording", "<Response/>");
        Route(caller: "<Conference record=\"record-from-start\" recordingStatusCallback=\"/recording\" recordingStatusCallbackEvent=\"in-progress completed\">room</Conference>",
            counselor: "<Conference endConferenceOnExit=\"true\" record=\"do-not-record\">room</Conference>");
        var caller = harness.Call();
        await SimHarness.UntilAsync(() => harness.Sim.Conferences.FindLive("room") is not null);
        var counselor = harness.Sim.PlaceIncomingCall(CounselorNumber, new ScriptedParty([]));
        var conference = harness.Sim.Conferences.FindLive("room")!;
        await SimHarness.UntilAsync(() => conference.Status == "in-progress");
        await Task.Delay(200);
        harness.Sim.HangUp(counselor);
        await SimHarness.EndedAsync(caller);
        await SimHarness.UntilAsync(() => harness.App.To("/recording").Any(r => r["RecordingStatus"] == "completed"));

        var recording = harness.Sim.Recordings.All.Single();
        var completed = harness.App.To("/recording").Single(r => r["RecordingStatus"] == "completed");
        Assert.Multiple(() =>
        {
            Assert.That((recording.ConferenceSid, recording.Source, recording.CallSid), Is.EqualTo((conference.Sid, "Conference", "")));
            Assert.That(recording.Duration, Is.GreaterThan(0));
            Assert.That(harness.App.To("/recording").Select(r => r["RecordingStatus"]), Is.EquivalentTo(new[] { "in-progress", "completed" }));
            Assert.That(completed.SignatureValid, Is.True);
            Assert.That((completed["ConferenceSid"], completed["RecordingSid"], completed["RecordingSource"], completed["RecordingDuration"]),
                Is.EqualTo((conference.Sid, recording.Sid, "Conference", recording.Duration.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            Assert.That(completed.Parameters.ContainsKey("CallSid"), Is.False, "a conference's recording names no call");
        });
    }

    private static int Sequence(ReceivedRequest callback) =>
        int.Parse(callback["SequenceNumber"], System.Globalization.CultureInfo.InvariantCulture);

    private void Route(string caller, string counselor) =>
        harness.App.Twiml("/voice", r => r["From"] == CounselorNumber
            ? $"<Response><Dial>{counselor}</Dial></Response>"
            : $"<Response><Dial action=\"/after\">{caller}</Dial></Response>");
}
