using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Tests.Infrastructure;

namespace Ivr.PhoneSim.Tests.Execution;

/// <summary>&lt;Record&gt; as twilio.com/docs/voice/twiml/record describes it: the action request, the empty-recording exception, hang-up, limits and status callbacks.</summary>
public sealed class RecordVerbTests
{
    private SimHarness harness = null!;

    [SetUp]
    public async Task SetUp()
    {
        harness = await SimHarness.StartAsync();
        harness.App.Twiml("/recorded", "<Response><Say>Thank you</Say><Hangup/></Response>");
        harness.App.Twiml("/recording-status", "<Response/>");
        harness.App.Twiml("/no-message", "<Response><Hangup/></Response>");
    }

    [TearDown]
    public async Task TearDown() => await harness.DisposeAsync();

    private SimCall Caller(RecordInput input) => harness.Sim.PlaceIncomingCall("+821012345678", new ScriptedParty([], record: input));

    [Test]
    public async Task Record_CallerSpeaksThenPressesFinishKey_ActionGetsRecordingAndKey()
    {
        harness.App.Twiml("/voice", "<Response><Record action=\"/recorded\" finishOnKey=\"#\" recordingStatusCallback=\"/recording-status\"/></Response>");
        var call = await SimHarness.EndedAsync(Caller(new RecordInput(TimeSpan.FromSeconds(12), FinishKey: "#")));
        await SimHarness.UntilAsync(() => harness.App.To("/recording-status").Count == 1);
        var action = harness.App.To("/recorded").Single();
        var status = harness.App.To("/recording-status").Single();
        var recording = harness.Sim.Recordings.Find(action["RecordingSid"]);
        Assert.Multiple(() =>
        {
            Assert.That(action["Digits"], Is.EqualTo("#"));
            Assert.That(action["RecordingDuration"], Is.EqualTo("12"));
            Assert.That(action["RecordingSid"], Does.StartWith("RE"));
            Assert.That(action["RecordingUrl"], Is.EqualTo($"{harness.Host.BaseUrl}2010-04-01/Accounts/{harness.AccountSid}/Recordings/{action["RecordingSid"]}"));
            Assert.That(action["CallSid"], Is.EqualTo(call.Sid));
            Assert.That(action.SignatureValid, Is.True);
            Assert.That(status["RecordingStatus"], Is.EqualTo("completed"));
            Assert.That(status["RecordingSid"], Is.EqualTo(action["RecordingSid"]));
            Assert.That(status["RecordingUrl"], Is.EqualTo(action["RecordingUrl"]));
            Assert.That(status["RecordingDuration"], Is.EqualTo("12"));
            Assert.That(status["RecordingChannels"], Is.EqualTo("1"));
            Assert.That(status["RecordingSource"], Is.EqualTo("RecordVerb"));
            Assert.That(status["CallSid"], Is.EqualTo(call.Sid));
            Assert.That(status["AccountSid"], Is.EqualTo(harness.AccountSid));
            Assert.That(status.SignatureValid, Is.True);
            Assert.That(recording!.Status, Is.EqualTo("completed"));
        });
    }

    [Test]
    public async Task Record_KeyNotInFinishOnKey_SilenceTimeoutEndsItWithoutDigits()
    {
        harness.App.Twiml("/voice", "<Response><Record action=\"/recorded\" finishOnKey=\"*\" timeout=\"3\"/></Response>");
        await SimHarness.EndedAsync(Caller(new RecordInput(TimeSpan.FromSeconds(8), FinishKey: "#")));
        var action = harness.App.To("/recorded").Single();
        Assert.Multiple(() =>
        {
            Assert.That(action.Parameters.ContainsKey("Digits"), Is.False);
            Assert.That(action["RecordingDuration"], Is.EqualTo("8"), "trim-silence (the default) drops the trailing silence");
        });
    }

    [Test]
    public async Task Record_DoNotTrim_DurationKeepsTheTrailingSilence()
    {
        harness.App.Twiml("/voice", "<Response><Record action=\"/recorded\" timeout=\"4\" trim=\"do-not-trim\"/></Response>");
        await SimHarness.EndedAsync(Caller(new RecordInput(TimeSpan.FromSeconds(6))));
        Assert.That(harness.App.To("/recorded").Single()["RecordingDuration"], Is.EqualTo("10"));
    }

    [Test]
    public async Task Record_SpeechLongerThanMaxLength_CutAtMaxLength()
    {
        harness.App.Twiml("/voice", "<Response><Record action=\"/recorded\" maxLength=\"30\"/></Response>");
        await SimHarness.EndedAsync(Caller(new RecordInput(TimeSpan.FromSeconds(100), FinishKey: "#")));
        var action = harness.App.To("/recorded").Single();
        Assert.Multiple(() =>
        {
            Assert.That(action["RecordingDuration"], Is.EqualTo("30"));
            Assert.That(action.Parameters.ContainsKey("Digits"), Is.False);
        });
    }

    [Test]
    public async Task Record_SilentCaller_NoActionRequestAndNextVerbRuns()
    {
        harness.App.Twiml("/voice", "<Response><Record action=\"/recorded\" timeout=\"2\" recordingStatusCallback=\"/recording-status\" recordingStatusCallbackEvent=\"in-progress completed absent\"/><Redirect>/no-message</Redirect></Response>");
        await SimHarness.EndedAsync(Caller(RecordInput.Silent));
        await SimHarness.UntilAsync(() => harness.App.To("/recording-status").Count == 2);
        var statuses = harness.App.To("/recording-status").Select(r => r["RecordingStatus"]).Order().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(harness.App.To("/recorded"), Is.Empty);
            Assert.That(harness.App.To("/no-message"), Has.Count.EqualTo(1));
            Assert.That(statuses, Is.EqualTo(new[] { "absent", "in-progress" }));
            Assert.That(harness.App.To("/recording-status").Single(r => r["RecordingStatus"] == "absent")["ErrorCode"], Is.EqualTo("16101"));
        });
    }

    [Test]
    public async Task Record_CallerHangsUp_ActionStillRequestedWithDigitsHangup()
    {
        harness.App.Twiml("/voice", "<Response><Record action=\"/recorded\" maxLength=\"120\"/></Response>");
        var call = await SimHarness.EndedAsync(Caller(new RecordInput(TimeSpan.FromSeconds(20), HangUp: true)));
        var action = harness.App.To("/recorded").Single();
        Assert.Multiple(() =>
        {
            Assert.That(action["Digits"], Is.EqualTo("hangup"));
            Assert.That(action["RecordingDuration"], Is.EqualTo("20"));
            Assert.That(action["CallStatus"], Is.EqualTo("completed"));
            Assert.That(call.Status, Is.EqualTo(CallStatuses.Completed));
            Assert.That(call.HungUpByParty, Is.True);
            Assert.That(harness.Journal.Events.Any(e => e.Kind == "twiml.verb" && e.Data.GetValueOrDefault("text") == "Thank you"), Is.False);
        });
    }

    [Test]
    public async Task Record_NoActionAttribute_RequestsCurrentDocument()
    {
        harness.App.Twiml("/voice", r => r["RecordingSid"] == "" ? "<Response><Record finishOnKey=\"1\"/></Response>" : "<Response><Hangup/></Response>");
        await SimHarness.EndedAsync(Caller(new RecordInput(TimeSpan.FromSeconds(5), FinishKey: "1")));
        Assert.That(harness.App.To("/voice").Select(r => r["Digits"]), Is.EqualTo(new[] { "", "1" }));
    }
}
