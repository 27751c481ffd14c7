using Ivr.Server.Ivr;
using Ivr.Server.Menus;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Ivr;

/// <summary>
/// The hold loop puts back in line a caller Twilio holds but the queue does not know, as arrived when Twilio enqueued
/// them and with their tags; never a caller the queue knows, nor one Twilio does not say is in its queue.
/// </summary>
public sealed class HoldRejoinTests
{
    private IvrTestServer server = null!;

    [OneTimeSetUp]
    public async Task Start() => server = await IvrTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await server.DisposeAsync();

    private async Task<string> QueuedAsync(string keys)
    {
        var callSid = NewCallSid();
        await server.PressAsync(await server.TwimlAsync("/twilio/voice/incoming", Call(callSid)), callSid, keys);
        return callSid;
    }

    private static Dictionary<string, string> Hold(string callSid, int queueTime) =>
        Call(callSid, ("QueueSid", "QU0123456789abcdef0123456789abcdef"), ("QueueTime", queueTime.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("QueuePosition", "1"));

    [Test]
    public async Task Hold_CallerTheQueueForgot_JoinsAgainAsArrivedWhenEnqueuedWithTheTagTheyGaveOnHold()
    {
        var callSid = await QueuedAsync("10*");
        await server.TwimlAsync("/twilio/voice/hold/key?language=ru", Call(callSid, ("Digits", "5")));
        server.Queue.Forget(callSid);

        var twiml = await server.TwimlAsync("/twilio/voice/hold?language=ru", Hold(callSid, queueTime: 150));

        var entry = server.Queue.Waiting.Single(waiting => waiting.CallSid == callSid);
        Assert.That(entry.Language, Is.EqualTo("ru"));
        Assert.That(entry.ArrivedAt, Is.EqualTo(server.Clock.GetUtcNow().AddSeconds(-150)));
        Assert.That(entry.Tags, Is.EqualTo(new[] { "victim-support" }));
        Assert.That(Said(twiml)[0].Text, Does.Contain("Ваш номер в очереди"), "they hear their place again");
    }

    [Test]
    public async Task Hold_CallerTheQueueKnows_IsNotJoinedAgain()
    {
        var waiting = await QueuedAsync("2*");
        var connected = await QueuedAsync("2*");
        server.Queue.Connect(connected);

        await server.TwimlAsync("/twilio/voice/hold?language=en", Hold(waiting, queueTime: 20));
        await server.TwimlAsync("/twilio/voice/hold?language=en", Hold(connected, queueTime: 20));

        Assert.That(server.Queue.Log.Count(line => line == $"join {waiting} en"), Is.EqualTo(1));
        Assert.That(server.Queue.Log.Count(line => line == $"join {connected} en"), Is.EqualTo(1));
        Assert.That(server.Queue.Waiting.Any(entry => entry.CallSid == connected), Is.False);
    }

    [Test]
    public async Task Hold_UnknownCallerTwilioDoesNotSayIsInItsQueue_IsNotJoined()
    {
        var callSid = NewCallSid();

        await server.TwimlAsync("/twilio/voice/hold?language=en", Call(callSid));

        Assert.That(server.Queue.Log.Any(line => line.StartsWith($"join {callSid}", StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public void Arrival_SessionKnowsTheJoinToTheMillisecond_TakesTheEarlierOfItAndTwiliosWholeSeconds()
    {
        var now = new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);
        var session = new CallSession("CA1", 1, "main", 0, "en", ["main"], 2, Queued: true, QueuedAt: now.AddMilliseconds(-800));

        Assert.That(HoldRejoin.Arrival(now, queueTime: 0, session), Is.EqualTo(now.AddMilliseconds(-800)), "QueueTime 0 says less than a second");
        Assert.That(HoldRejoin.Arrival(now, queueTime: 30, session), Is.EqualTo(now.AddSeconds(-30)), "Twilio enqueued them earlier");
        Assert.That(HoldRejoin.Arrival(now, queueTime: 30, session: null), Is.EqualTo(now.AddSeconds(-30)));
    }

    [Test]
    public void Tags_SessionQueuedAtANodeWithQueueTagsAndATagFromHold_AreBothKeptOnce()
    {
        var victims = DefaultMenu.Definition.Find(DefaultMenu.Main)! with { Id = "victims", QueueTags = ["victim-support"] };
        var menu = DefaultMenu.Definition with { Nodes = [.. DefaultMenu.Definition.Nodes, victims] };
        var session = new CallSession("CA1", 1, "victims", 0, "vi", ["victims"], 3, Queued: true, HoldTags: ["victim-support", "urgent"]);

        Assert.That(HoldRejoin.Tags(menu, session), Is.EqualTo(new[] { "victim-support", "urgent" }));
        Assert.That(HoldRejoin.Tags(menu, null), Is.Empty, "no session (Redis lost it): no tags known");
    }
}
