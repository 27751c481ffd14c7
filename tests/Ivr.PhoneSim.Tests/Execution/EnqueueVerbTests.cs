using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Tests.Infrastructure;

namespace Ivr.PhoneSim.Tests.Execution;

/// <summary>&lt;Enqueue&gt; as Twilio documents it: waitUrl loop with queue parameters, Leave, hang-up, redirect, full queue, action QueueResult.</summary>
public sealed class EnqueueVerbTests
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
    public async Task Enqueue_WaitUrl_IsRequestedRepeatedlyWithQueueParameters()
    {
        harness.App.Twiml("/voice", "<Response><Enqueue waitUrl=\"/wait\">english</Enqueue></Response>");
        var call = harness.Call();
        await SimHarness.UntilAsync(() => harness.App.To("/wait").Count >= 2);
        var wait = harness.App.To("/wait")[1];
        var queue = harness.Sim.Queues.FindByName("english")!;
        Assert.Multiple(() =>
        {
            Assert.That(wait["QueuePosition"], Is.EqualTo("1"));
            Assert.That(wait["QueueSid"], Is.EqualTo(queue.Sid));
            Assert.That(wait["CurrentQueueSize"], Is.EqualTo("1"));
            Assert.That(int.Parse(wait["QueueTime"], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(0));
            Assert.That(wait.Parameters.ContainsKey("AvgQueueTime"), Is.True);
            Assert.That(wait["CallSid"], Is.EqualTo(call.Sid));
        });
    }

    [Test]
    public async Task Enqueue_LeaveInWaitUrl_ActionGetsQueueResultLeave()
    {
        harness.App.Twiml("/voice", "<Response><Enqueue waitUrl=\"/leave\" action=\"/after\">english</Enqueue></Response>");
        harness.App.Twiml("/leave", "<Response><Leave/></Response>");
        await SimHarness.EndedAsync(harness.Call());
        var action = harness.App.To("/after").Single();
        Assert.Multiple(() =>
        {
            Assert.That(action["QueueResult"], Is.EqualTo("leave"));
            Assert.That(action["QueueSid"], Does.StartWith("QU"));
            Assert.That(harness.Sim.Queues.FindByName("english")!.CurrentSize, Is.Zero);
        });
    }

    [Test]
    public async Task Enqueue_CallerHangsUp_ActionGetsHangupAndQueueEmpties()
    {
        harness.App.Twiml("/voice", "<Response><Enqueue waitUrl=\"/wait\" action=\"/after\">english</Enqueue></Response>");
        var call = harness.Call();
        await SimHarness.UntilAsync(() => harness.App.To("/wait").Count >= 1);
        harness.Sim.HangUp(call);
        await SimHarness.UntilAsync(() => harness.App.To("/after").Count == 1);
        Assert.Multiple(() =>
        {
            Assert.That(harness.App.To("/after").Single()["QueueResult"], Is.EqualTo("hangup"));
            Assert.That(harness.Sim.Queues.FindByName("english")!.CurrentSize, Is.Zero);
        });
    }

    [Test]
    public async Task Enqueue_CallRedirectedOverRest_NewUrlRunsAndActionGetsRedirected()
    {
        harness.App.Twiml("/voice", "<Response><Enqueue waitUrl=\"/wait\" action=\"/after\">english</Enqueue></Response>");
        harness.App.Twiml("/counselor", "<Response><Say>Connecting</Say></Response>");
        var call = harness.Call();
        await SimHarness.UntilAsync(() => harness.App.To("/wait").Count >= 1);
        Assert.That(call.TryRedirect(Instruction.Fetch(harness.App.Url("/counselor"))), Is.True);
        await SimHarness.EndedAsync(call);
        await SimHarness.UntilAsync(() => harness.App.To("/after").Count == 1);
        Assert.Multiple(() =>
        {
            Assert.That(harness.App.To("/counselor").Single()["CallSid"], Is.EqualTo(call.Sid));
            Assert.That(harness.App.To("/after").Single()["QueueResult"], Is.EqualTo("redirected"));
            Assert.That(harness.Sim.Queues.FindByName("english")!.CurrentSize, Is.Zero);
        });
    }

    [Test]
    public async Task Enqueue_QueueFull_ActionGetsQueueFull()
    {
        harness.Sim.Queues.GetOrCreate("tiny", maxSize: 1);
        harness.App.Twiml("/voice", "<Response><Enqueue waitUrl=\"/wait\" action=\"/after\">tiny</Enqueue></Response>");
        harness.Call();
        await SimHarness.UntilAsync(() => harness.Sim.Queues.FindByName("tiny")!.CurrentSize == 1);
        await SimHarness.EndedAsync(harness.Call());
        Assert.That(harness.App.To("/after").Single()["QueueResult"], Is.EqualTo("queue-full"));
    }
}
