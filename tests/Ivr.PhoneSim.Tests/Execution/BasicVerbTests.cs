using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Tests.Infrastructure;

namespace Ivr.PhoneSim.Tests.Execution;

public sealed class BasicVerbTests
{
    private SimHarness harness = null!;

    [SetUp]
    public async Task SetUp() => harness = await SimHarness.StartAsync();

    [TearDown]
    public async Task TearDown() => await harness.DisposeAsync();

    [Test]
    public async Task IncomingCall_FirstWebhook_CarriesStandardParametersAndValidSignature()
    {
        harness.App.Twiml("/voice", "<Response><Say>Hello</Say></Response>");
        var call = await SimHarness.EndedAsync(harness.Call());
        var first = harness.App.To("/voice").Single();
        Assert.Multiple(() =>
        {
            Assert.That(first.SignatureValid, Is.True);
            Assert.That(first["CallSid"], Is.EqualTo(call.Sid));
            Assert.That(first["AccountSid"], Is.EqualTo(harness.AccountSid));
            Assert.That(first["CallStatus"], Is.EqualTo("ringing"));
            Assert.That(first["Direction"], Is.EqualTo("inbound"));
            Assert.That(first["ApiVersion"], Is.EqualTo("2010-04-01"));
            Assert.That(first["From"], Is.EqualTo("+821012345678"));
            Assert.That(first["To"], Is.EqualTo("+821345"));
            Assert.That(call.Status, Is.EqualTo(CallStatuses.Completed));
        });
    }

    [Test]
    public async Task Say_DocumentRunsOut_CallCompletesAfterSpeaking()
    {
        harness.App.Twiml("/voice", "<Response><Say>Welcome to 1345</Say><Pause length=\"2\"/><Play>https://example.com/a.mp3</Play></Response>");
        var call = await SimHarness.EndedAsync(harness.Call());
        var verbs = harness.Journal.Events.Where(e => e.Kind == SimEventKinds.Verb && e.CallSid == call.Sid).Select(e => e.Data["verb"]).ToList();
        Assert.That(verbs, Is.EqualTo(new[] { "Say", "Pause", "Play" }));
    }

    [Test]
    public async Task Redirect_FollowsToNewDocument_LaterVerbsNeverRun()
    {
        harness.App.Twiml("/voice", "<Response><Redirect>/second</Redirect><Say>unreachable</Say></Response>");
        harness.App.Twiml("/second", "<Response><Say>second</Say></Response>");
        var call = await SimHarness.EndedAsync(harness.Call());
        var texts = harness.Journal.Events.Where(e => e.Kind == SimEventKinds.Verb && e.CallSid == call.Sid && e.Data["verb"] == "Say").Select(e => e.Data["text"]);
        Assert.Multiple(() =>
        {
            Assert.That(harness.App.To("/second"), Has.Count.EqualTo(1));
            Assert.That(texts, Is.EqualTo(new[] { "second" }));
        });
    }

    [Test]
    public async Task Hangup_EndsCallBeforeLaterVerbs()
    {
        harness.App.Twiml("/voice", "<Response><Hangup/><Redirect>/never</Redirect></Response>");
        var call = await SimHarness.EndedAsync(harness.Call());
        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo(CallStatuses.Completed));
            Assert.That(harness.App.To("/never"), Is.Empty);
        });
    }

    [TestCase("busy", CallStatuses.Busy)]
    [TestCase("rejected", CallStatuses.NoAnswer)]
    public async Task Reject_FirstVerb_CallNeverAnsweredAndEndsWithReasonStatus(string reason, string expected)
    {
        harness.App.Twiml("/voice", $"<Response><Reject reason=\"{reason}\"/></Response>");
        var call = await SimHarness.EndedAsync(harness.Call());
        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo(expected));
            Assert.That(call.StartTime, Is.Null);
        });
    }

    [Test]
    public async Task StatusCallback_Completed_CarriesSequenceNumberDurationAndSource()
    {
        harness.App.Twiml("/voice", "<Response><Say>Hi</Say></Response>");
        harness.App.Twiml("/status", "<Response/>");
        var call = await SimHarness.EndedAsync(harness.Call());
        await SimHarness.UntilAsync(() => harness.App.To("/status").Count == 1);
        var status = harness.App.To("/status").Single();
        Assert.Multiple(() =>
        {
            Assert.That(status.SignatureValid, Is.True);
            Assert.That(status["CallSid"], Is.EqualTo(call.Sid));
            Assert.That(status["CallStatus"], Is.EqualTo("completed"));
            Assert.That(status["SequenceNumber"], Is.EqualTo("0"));
            Assert.That(status["CallbackSource"], Is.EqualTo("call-progress-events"));
            Assert.That(status.Parameters.ContainsKey("CallDuration"), Is.True);
            Assert.That(status["Timestamp"], Does.EndWith("+0000"));
        });
    }
}
