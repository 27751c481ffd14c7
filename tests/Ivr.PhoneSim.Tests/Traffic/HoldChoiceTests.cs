using System.Collections.Concurrent;
using Ivr.PhoneSim.Tests.Infrastructure;
using Ivr.PhoneSim.Traffic;

namespace Ivr.PhoneSim.Tests.Traffic;

/// <summary>
/// Virtual callers who ask for a callback or leave a message on hold, against a scripted center: the menu sends
/// key 0 to the queue, whose hold music offers 2 (callback: confirm with 1) and 3 (message: Record). The hold Gather
/// waits 1 s for a key after its prompts, as the server's does.
/// </summary>
public sealed class HoldChoiceTests
{
    private readonly ConcurrentDictionary<string, string> choices = new(StringComparer.Ordinal);
    private SimHarness harness = null!;

    [SetUp]
    public async Task SetUp()
    {
        choices.Clear();
        harness = await SimHarness.StartAsync();
        harness.App.Twiml("/voice", "<Response><Gather action=\"/menu\" numDigits=\"1\"><Say>Press 0 for a counselor</Say></Gather></Response>");
        harness.App.Twiml("/menu", "<Response><Enqueue waitUrl=\"/hold\" action=\"/after-queue\">ko</Enqueue></Response>");
        harness.App.Twiml("/hold", "<Response><Gather action=\"/hold-choice\" numDigits=\"1\" timeout=\"1\"><Say>Press 2 for a callback or 3 to leave a message</Say></Gather></Response>");
        harness.App.Twiml("/hold-choice", r =>
        {
            choices[r["CallSid"]] = r["Digits"];
            return r["Digits"] is "2" or "3" ? "<Response><Leave/></Response>" : "<Response><Redirect>/hold</Redirect></Response>";
        });
        harness.App.Twiml("/after-queue", r => choices.GetValueOrDefault(r["CallSid"]) switch
        {
            "2" => "<Response><Gather action=\"/confirm\" numDigits=\"1\"><Say>Press 1 to be called back on this number</Say></Gather><Hangup/></Response>",
            "3" => "<Response><Say>Leave a message after the beep</Say><Record action=\"/message\" maxLength=\"120\"/></Response>",
            _ => "<Response><Hangup/></Response>",
        });
        harness.App.Twiml("/confirm", "<Response><Say>We will call you back</Say><Pause length=\"60\"/></Response>");
        harness.App.Twiml("/message", "<Response><Hangup/></Response>");
        harness.App.Twiml("/call-back", "<Response><Gather action=\"/called-back\" numDigits=\"1\" timeout=\"5\"><Say>1345 is calling you back; press 1</Say></Gather><Hangup/></Response>");
        harness.App.Twiml("/called-back", "<Response><Say>Connecting you</Say><Hangup/></Response>");
    }

    [TearDown]
    public async Task TearDown() => await harness.DisposeAsync();

    /// <summary>
    /// Waits for the caller's outcome, not only the call's completion: a hang-up cancels the call's token before the
    /// Ended event reaches the party, so Completion can be observed a moment before the metrics count the call.
    /// </summary>
    private static async Task<Calls.SimCall> EndedAsync(Calls.SimCall call)
    {
        await SimHarness.EndedAsync(call);
        await SimHarness.UntilAsync(() => ((VirtualCaller)call.Party).Outcome is not null);
        return call;
    }

    private (Calls.SimCall Call, TrafficMetrics Metrics) Place(HoldIntent intent, TimeSpan message = default)
    {
        var metrics = new TrafficMetrics();
        var options = new TrafficOptions { KeyPlan = ["{choice}"] };
        var caller = new VirtualCaller(new Language(1, "ko", 1), selfService: false, bargeIn: false, TimeSpan.FromHours(1), TimeSpan.FromSeconds(40), options, metrics, intent, message);
        return (harness.Sim.PlaceIncomingCall("+821012345678", caller), metrics);
    }

    [Test]
    public async Task CallbackCaller_PressesHoldKeyConfirmsAndHangsUp_CountedAsCallbackRequested()
    {
        var (call, metrics) = Place(HoldIntent.Callback);
        await EndedAsync(call);
        Assert.Multiple(() =>
        {
            Assert.That(choices[call.Sid], Is.EqualTo("2"));
            Assert.That(harness.App.To("/confirm").Single()["Digits"], Is.EqualTo("1"));
            Assert.That(call.HungUpByParty, Is.True, "the caller hangs up after the confirmation");
            Assert.That(metrics.Count(CallerOutcome.CallbackRequested), Is.EqualTo(1));
            Assert.That(metrics.Waiting, Is.Zero);
        });
    }

    [Test]
    public async Task MessageCaller_PressesMessageKeyAndSpeaks_CountedAsMessageLeft()
    {
        var (call, metrics) = Place(HoldIntent.Message, TimeSpan.FromSeconds(25));
        await EndedAsync(call);
        var action = harness.App.To("/message").Single();
        Assert.Multiple(() =>
        {
            Assert.That(choices[call.Sid], Is.EqualTo("3"));
            Assert.That(action["RecordingDuration"], Is.EqualTo("25"));
            Assert.That(action["Digits"], Is.EqualTo("hangup"));
            Assert.That(metrics.Count(CallerOutcome.MessageLeft), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task WaitingCaller_OnHold_PressesNothing()
    {
        var (call, metrics) = Place(HoldIntent.Wait);
        await SimHarness.UntilAsync(() => harness.App.To("/hold").Count >= 2);
        harness.Sim.HangUp(call);
        await EndedAsync(call);
        Assert.Multiple(() =>
        {
            Assert.That(choices, Is.Empty);
            Assert.That(metrics.Count(CallerOutcome.Abandoned), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Generator_WithShares_CallersAskForCallbacksAndMessages()
    {
        var metrics = new TrafficMetrics();
        var options = new TrafficOptions { KeyPlan = ["{choice}"], SelfServiceShare = 0, CallbackShare = 0.5, MessageShare = 0.5, MeanMessageSeconds = 10, MeanPatienceSeconds = 100000 };
        var generator = new CallGenerator(harness.Sim, options, new LanguageMix([new Language(1, "ko", 1)]), metrics);
        for (var i = 0; i < 10; i++)
        {
            generator.PlaceOne();
        }
        await Task.WhenAll(generator.Placed.Select(p => EndedAsync(p.Call)));
        var callbacks = generator.Placed.Count(p => p.Caller.Intent == HoldIntent.Callback);
        Assert.Multiple(() =>
        {
            Assert.That(callbacks, Is.InRange(1, 9));
            Assert.That(metrics.Count(CallerOutcome.CallbackRequested), Is.EqualTo(callbacks));
            Assert.That(metrics.Count(CallerOutcome.MessageLeft), Is.EqualTo(10 - callbacks));
        });
    }

    [Test]
    public async Task Generator_CallbackCaller_AnswersTheCallBackOnTheirNumberAndPressesOne()
    {
        var metrics = new TrafficMetrics();
        var options = new TrafficOptions { KeyPlan = ["{choice}"], SelfServiceShare = 0, CallbackShare = 1, MeanPatienceSeconds = 100000 };
        var generator = new CallGenerator(harness.Sim, options, new LanguageMix([new Language(1, "ko", 1)]), metrics);
        generator.PlaceOne();
        var (held, _) = generator.Placed.Single();
        await EndedAsync(held);

        var callBack = harness.Sim.Legs.StartApiCall(
            new Calls.CallSetup("+8215771345", held.From, Calls.CallDirections.OutboundApi, harness.Sim.Parties.Resolve(held.From)),
            Calls.Instruction.Fetch(harness.App.Url("/call-back"), "POST"));
        await SimHarness.EndedAsync(callBack);
        Assert.Multiple(() =>
        {
            Assert.That(harness.App.To("/called-back").Single()["Digits"], Is.EqualTo("1"));
            Assert.That(metrics.CallbacksRang, Is.EqualTo(1));
        });
    }

    [Test]
    public void TrafficOptions_Defaults_NoCallbacksOrMessagesAndTheServerMenuKeys()
    {
        var options = new TrafficOptions();
        Assert.Multiple(() =>
        {
            Assert.That(options.CallbackShare, Is.Zero);
            Assert.That(options.MessageShare, Is.Zero);
            Assert.That(options.CallbackKey, Is.EqualTo("2"));
            Assert.That(options.MessageKey, Is.EqualTo("3"));
        });
    }
}
