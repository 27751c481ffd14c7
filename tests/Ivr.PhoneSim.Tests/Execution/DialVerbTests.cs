using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Tests.Infrastructure;

namespace Ivr.PhoneSim.Tests.Execution;

/// <summary>&lt;Dial&gt; with Client and Queue nouns as Twilio documents them: answer, no answer, busy, simultaneous ring, whisper, child redirect, queue bridging.</summary>
public sealed class DialVerbTests
{
    private SimHarness harness = null!;

    [SetUp]
    public async Task SetUp()
    {
        harness = await SimHarness.StartAsync();
        harness.App.Twiml("/wait", "<Response><Say>Please hold</Say></Response>");
        harness.App.Twiml("/after", "<Response><Hangup/></Response>");
    }

    [TearDown]
    public async Task TearDown() => await harness.DisposeAsync();

    [Test]
    public async Task DialClient_CounselorAnswers_ActionGetsCompletedWithChildSid()
    {
        harness.Sim.Parties.Register("client:counselor-17", new ScriptedParty([]));
        harness.App.Twiml("/voice", "<Response><Dial action=\"/after\" timeout=\"20\"><Client>counselor-17</Client></Dial></Response>");
        var call = harness.Call();
        await SimHarness.UntilAsync(() => harness.Sim.Calls.All.Any(c => c.To == "client:counselor-17" && c.Status == CallStatuses.InProgress));
        var child = harness.Sim.Calls.All.Single(c => c.To == "client:counselor-17");
        harness.Sim.HangUp(child);
        await SimHarness.EndedAsync(call);
        var action = harness.App.To("/after").Single();
        Assert.Multiple(() =>
        {
            Assert.That(action["DialCallStatus"], Is.EqualTo("completed"));
            Assert.That(action["DialCallSid"], Is.EqualTo(child.Sid));
            Assert.That(action["DialBridged"], Is.EqualTo("true"));
            Assert.That(child.Setup.ParentCallSid, Is.EqualTo(call.Sid));
            Assert.That(child.Direction, Is.EqualTo(CallDirections.OutboundDial));
        });
    }

    [Test]
    public async Task DialClient_NobodyAnswers_ActionGetsNoAnswer()
    {
        harness.App.Twiml("/voice", "<Response><Dial action=\"/after\" timeout=\"10\"><Client>nobody</Client></Dial></Response>");
        await SimHarness.EndedAsync(harness.Call());
        Assert.That(harness.App.To("/after").Single()["DialCallStatus"], Is.EqualTo("no-answer"));
    }

    [Test]
    public async Task DialClient_CounselorDeclines_ActionGetsBusy()
    {
        harness.Sim.Parties.Register("client:counselor-2", new ScriptedParty([], new RingDecision(RingAnswer.Decline, TimeSpan.FromSeconds(2))));
        harness.App.Twiml("/voice", "<Response><Dial action=\"/after\"><Client>counselor-2</Client></Dial></Response>");
        await SimHarness.EndedAsync(harness.Call());
        Assert.That(harness.App.To("/after").Single()["DialCallStatus"], Is.EqualTo("busy"));
    }

    [Test]
    public async Task DialQueue_BridgesFrontMember_CallerActionGetsBridgedAfterCounselorHangsUp()
    {
        harness.App.Twiml("/voice", r => r["From"] == "+821099999999"
            ? "<Response><Dial action=\"/dialed\"><Queue url=\"/whisper\">english</Queue></Dial></Response>"
            : "<Response><Enqueue waitUrl=\"/wait\" action=\"/after\">english</Enqueue></Response>");
        harness.App.Twiml("/whisper", "<Response><Say>Connecting you to a counselor</Say></Response>");
        harness.App.Twiml("/dialed", "<Response><Hangup/></Response>");
        var caller = harness.Call();
        await SimHarness.UntilAsync(() => harness.App.To("/wait").Count >= 1);
        var counselor = harness.Sim.PlaceIncomingCall("+821099999999", new ScriptedParty([]));
        await SimHarness.UntilAsync(() => harness.Journal.Events.Any(e => e.CallSid == caller.Sid && e.Kind == Journal.SimEventKinds.Bridged));
        harness.Sim.HangUp(counselor);
        await SimHarness.EndedAsync(caller);
        Assert.Multiple(() =>
        {
            Assert.That(harness.App.To("/whisper").Single()["CallSid"], Is.EqualTo(caller.Sid));
            Assert.That(harness.App.To("/whisper").Single()["DequeingCallSid"], Is.EqualTo(counselor.Sid));
            Assert.That(harness.App.To("/after").Single()["QueueResult"], Is.EqualTo("bridged"));
        });
    }

    [Test]
    public async Task DialTwoClients_SecondAnswersFirst_IsBridgedAndFirstCanceled()
    {
        harness.Sim.Parties.Register("client:slow", new ScriptedParty([], new RingDecision(RingAnswer.Answer, TimeSpan.FromSeconds(15))));
        harness.Sim.Parties.Register("client:fast", new ScriptedParty([], new RingDecision(RingAnswer.Answer, TimeSpan.FromSeconds(2))));
        harness.App.Twiml("/voice", "<Response><Dial action=\"/after\"><Client>slow</Client><Client>fast</Client></Dial></Response>");
        var call = harness.Call();
        await SimHarness.UntilAsync(() => harness.Sim.Calls.All.Any(c => c.To == "client:fast" && c.Status == CallStatuses.InProgress));
        var fast = harness.Sim.Calls.All.Single(c => c.To == "client:fast");
        harness.Sim.HangUp(fast);
        await SimHarness.EndedAsync(call);
        Assert.Multiple(() =>
        {
            Assert.That(harness.App.To("/after").Single()["DialCallSid"], Is.EqualTo(fast.Sid));
            Assert.That(harness.Sim.Calls.All.Single(c => c.To == "client:slow").Status, Is.EqualTo(CallStatuses.Canceled));
        });
    }

    [Test]
    public async Task DialClient_ChildLegRedirectedOverRest_ParentMovesOnAndChildRunsNewTwiml()
    {
        harness.Sim.Parties.Register("client:counselor-4", new ScriptedParty([]));
        harness.App.Twiml("/voice", "<Response><Dial action=\"/dialed\"><Client>counselor-4</Client></Dial></Response>");
        harness.App.Twiml("/dialed", "<Response><Hangup/></Response>");
        harness.App.Twiml("/transfer", "<Response><Say>Moving you</Say></Response>");
        var caller = harness.Call();
        await SimHarness.UntilAsync(() => harness.Sim.Calls.All.Any(c => c.To == "client:counselor-4" && c.Status == CallStatuses.InProgress));
        var child = harness.Sim.Calls.All.Single(c => c.To == "client:counselor-4");
        var redirected = harness.Sim.Redirect(child, Instruction.Fetch(harness.App.Url("/transfer")));
        await SimHarness.EndedAsync(caller);
        await SimHarness.EndedAsync(child);
        Assert.Multiple(() =>
        {
            Assert.That(redirected, Is.True);
            Assert.That(harness.App.To("/dialed").Single()["DialCallStatus"], Is.EqualTo("completed"));
            Assert.That(harness.App.To("/transfer").Single()["CallSid"], Is.EqualTo(child.Sid));
            Assert.That(harness.App.To("/transfer").Single()["ParentCallSid"], Is.EqualTo(caller.Sid));
        });
    }

    [TestCase("<Say>Caller speaks Vietnamese</Say>", "completed")]

    [TestCase("<Hangup/>", "no-answer")]
    public async Task DialClientWithUrl_WhisperRunsOnCounselorLegBeforeBridging(string whisper, string expectedStatus)
    {
        harness.Sim.Parties.Register("client:counselor-6", new ScriptedParty([]));
        harness.App.Twiml("/voice", "<Response><Dial action=\"/dialed\" timeout=\"10\"><Client url=\"/whisper\">counselor-6</Client></Dial></Response>");
        harness.App.Twiml("/whisper", $"<Response>{whisper}</Response>");
        harness.App.Twiml("/dialed", "<Response><Hangup/></Response>");
        var caller = harness.Call();
        await SimHarness.UntilAsync(() => harness.App.To("/whisper").Count == 1);
        var child = harness.Sim.Calls.All.Single(c => c.To == "client:counselor-6");
        if (expectedStatus == "completed")
        {
            await SimHarness.UntilAsync(() => harness.Journal.Events.Any(e => e.CallSid == caller.Sid && e.Kind == Journal.SimEventKinds.Bridged));
            harness.Sim.HangUp(child);
        }
        await SimHarness.EndedAsync(caller);
        Assert.Multiple(() =>
        {
            Assert.That(harness.App.To("/whisper").Single()["CallSid"], Is.EqualTo(child.Sid));
            Assert.That(harness.App.To("/dialed").Single()["DialCallStatus"], Is.EqualTo(expectedStatus));
        });
    }

    [Test]
    public async Task DialQueue_EmptyQueue_WaitsForTheNextCaller()
    {
        harness.Sim.Queues.GetOrCreate("english");
        harness.App.Twiml("/voice", r => r["From"] == "+821099999999"
            ? "<Response><Dial action=\"/dialed\" timeout=\"60\"><Queue>english</Queue></Dial></Response>"
            : "<Response><Enqueue waitUrl=\"/wait\">english</Enqueue></Response>");
        harness.App.Twiml("/dialed", "<Response><Hangup/></Response>");
        var counselor = harness.Sim.PlaceIncomingCall("+821099999999", new ScriptedParty([]));
        await SimHarness.UntilAsync(() => harness.Journal.Events.Any(e => e.CallSid == counselor.Sid && e.Data.GetValueOrDefault("verb") == "Dial"));
        var caller = harness.Call();
        await SimHarness.UntilAsync(() => harness.Journal.Events.Any(e => e.CallSid == caller.Sid && e.Kind == Journal.SimEventKinds.Bridged));
        harness.Sim.HangUp(caller);
        await SimHarness.EndedAsync(counselor);
        Assert.Multiple(() =>
        {
            Assert.That(harness.App.To("/dialed").Single()["DialCallStatus"], Is.EqualTo("completed"));
            Assert.That(harness.App.To("/dialed").Single()["DialCallSid"], Is.EqualTo(caller.Sid));
        });
    }

    [Test]
    public async Task DialQueue_NobodyJoinsBeforeTimeout_ActionGetsNoAnswer()
    {
        harness.Sim.Queues.GetOrCreate("english");
        harness.App.Twiml("/voice", "<Response><Dial action=\"/after\" timeout=\"10\"><Queue>english</Queue></Dial></Response>");
        await SimHarness.EndedAsync(harness.Call());
        Assert.That(harness.App.To("/after").Single()["DialCallStatus"], Is.EqualTo("no-answer"));
    }

    [Test]
    public async Task DialQueue_UnknownQueue_ActionGetsFailed()
    {
        harness.App.Twiml("/voice", "<Response><Dial action=\"/after\"><Queue>nowhere</Queue></Dial></Response>");
        await SimHarness.EndedAsync(harness.Call());
        Assert.That(harness.App.To("/after").Single()["DialCallStatus"], Is.EqualTo("failed"));
    }
}
