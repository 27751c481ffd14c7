using Ivr.Server.Tests.Hours;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Ivr;

/// <summary>
/// Hold key 2: the callback offered while the expected wait is above the threshold (2 min by default; the test queue
/// expects 2 min per caller ahead), the number confirmed or keyed, the booking and leaving the queue.
/// </summary>
public sealed class CallbackBookingTests
{
    private IvrTestServer server = null!;

    [SetUp]
    public async Task Start() => server = await IvrTestServer.StartAsync();

    [TearDown]
    public async Task Stop() => await server.DisposeAsync();

    // The second caller in line: 4 minutes expected, above the threshold.
    private async Task<string> SecondInLineAsync(string languageKeys, string from = "+821012345678")
    {
        string last = "";
        foreach (var _ in Enumerable.Range(0, 2))
        {
            last = NewCallSid();
            await server.PressAsync(await server.TwimlAsync("/twilio/voice/incoming", Call(last, ("From", from))), last, languageKeys);
        }
        return last;
    }

    [Test]
    public async Task Hold_ExpectedWaitAboveTheThreshold_OffersTheCallback()
    {
        var callSid = await SecondInLineAsync("2*");

        var twiml = await server.TwimlAsync("/twilio/voice/hold?language=en", Call(callSid, ("QueueSid", "QU1")));

        Assert.That(Said(twiml).Select(say => say.Text), Does.Contain("To be called back instead of waiting, without losing your place in line, press 2."));
    }

    [Test]
    public async Task Hold_WithoutACenterNumberToCallFrom_NeverOffersTheCallback()
    {
        await server.DisposeAsync();
        server = await IvrTestServer.StartAsync(settings: new Dictionary<string, string?> { ["CallControl:CenterNumber"] = null });
        var callSid = await SecondInLineAsync("2*");

        var twiml = await server.TwimlAsync("/twilio/voice/hold?language=en", Call(callSid, ("QueueSid", "QU1")));
        var pressed = await server.TwimlAsync("/twilio/voice/hold/key?language=en", Call(callSid, ("Digits", "2")));

        Assert.That(Said(twiml).Select(say => say.Text), Has.None.Contains("press 2"), "a callback the center cannot dial is never promised");
        Assert.That(pressed.Root!.Elements(), Is.Empty, "key 2 leaves the caller on hold");
    }

    [Test]
    public async Task Hold_ExpectedWaitAtTheThreshold_DoesNotOfferIt()
    {
        var callSid = NewCallSid();
        await server.PressAsync(await server.TwimlAsync("/twilio/voice/incoming", Call(callSid)), callSid, "2*");

        var twiml = await server.TwimlAsync("/twilio/voice/hold?language=en", Call(callSid, ("QueueSid", "QU1")));

        Assert.That(Said(twiml).Select(say => say.Text), Has.None.Contains("press 2"));
    }

    [Test]
    public async Task HoldKey_TwoWhileNotOffered_StaysOnHold()
    {
        var callSid = NewCallSid();
        await server.PressAsync(await server.TwimlAsync("/twilio/voice/incoming", Call(callSid)), callSid, "2*");

        var twiml = await server.TwimlAsync("/twilio/voice/hold/key?language=en", Call(callSid, ("Digits", "2")));

        Assert.That(twiml.Root!.Elements(), Is.Empty);
        Assert.That(server.Queue.Waiting.Select(entry => entry.CallSid), Does.Contain(callSid));
    }

    [Test]
    public async Task HoldKey_Two_AsksToConfirmTheNumberByItsLastFourDigits()
    {
        var callSid = await SecondInLineAsync("2*");

        var twiml = await server.TwimlAsync("/twilio/voice/hold/key?language=en", Call(callSid, ("Digits", "2")));

        var lastFour = string.Join(' ', CallerOf(callSid)[^4..].ToCharArray());
        Assert.That(Said(twiml).Single().Text, Is.EqualTo($"We will call you back at the number ending in {lastFour}. To confirm, press 1. To use another number, enter it and then press the hash key."));
        var gather = twiml.Descendants("Gather").Single();
        Assert.That((gather.Attribute("action")?.Value, gather.Attribute("finishOnKey")?.Value), Is.EqualTo(("/twilio/voice/callback/number?language=en&attempt=1", "#")));
    }

    [Test]
    public async Task CallbackNumber_One_BooksTheCallersOwnNumberAndLeavesTheQueue()
    {
        var callSid = await SecondInLineAsync("2*");
        var ask = await server.TwimlAsync("/twilio/voice/hold/key?language=en", Call(callSid, ("Digits", "2")));

        var booked = await server.PressAsync(ask, callSid, "1");
        var after = await server.TwimlAsync("/twilio/voice/queue-result?language=en", Call(callSid, ("QueueResult", "leave"), ("QueueSid", "QU1"), ("QueueTime", "90")));

        Assert.That(server.Queue.Callbacks, Is.EqualTo(new[] { (callSid, CallerOf(callSid), (DateTimeOffset?)null) }));
        Assert.That(Said(booked).Single().Text, Is.EqualTo("Thank you. A 1345 counselor will call you back when it is your turn. You keep your place in line."));
        Assert.That(booked.Root!.Elements().Last().Name.LocalName, Is.EqualTo("Leave"));
        Assert.That(Said(after).Single().Text, Is.EqualTo("Thank you for calling 1345. Goodbye."));
        Assert.That(after.Descendants("Hangup"), Is.Not.Empty);
    }

    [Test]
    public async Task CallbackNumber_KoreanMobileKeyed_BooksItInE164()
    {
        var callSid = await SecondInLineAsync("2*");
        var ask = await server.TwimlAsync("/twilio/voice/hold/key?language=en", Call(callSid, ("Digits", "2")));

        await server.PressAsync(ask, callSid, "01098765432");

        Assert.That(server.Queue.Callbacks.Single().Number, Is.EqualTo("+821098765432"));
    }

    [Test]
    public async Task CallbackNumber_Invalid_SaysSoAndAsksAgain()
    {
        var callSid = await SecondInLineAsync("2*");
        var ask = await server.TwimlAsync("/twilio/voice/hold/key?language=en", Call(callSid, ("Digits", "2")));

        var again = await server.PressAsync(ask, callSid, "0101234");

        Assert.That(Said(again)[0].Text, Is.EqualTo("That is not a valid phone number."));
        Assert.That(GatherAction(again), Is.EqualTo("/twilio/voice/callback/number?language=en&attempt=2"));
        Assert.That(server.Queue.Callbacks, Is.Empty);
        Assert.That(server.Queue.Waiting.Select(entry => entry.CallSid), Does.Contain(callSid), "still in line");
    }

    [Test]
    public async Task HoldKey_Two_WithheldNumber_MustKeyOneAndOneIsNotANumber()
    {
        var callSid = await SecondInLineAsync("2*", from: "anonymous");

        var ask = await server.TwimlAsync("/twilio/voice/hold/key?language=en", Call(callSid, ("Digits", "2"), ("From", "anonymous")));
        var one = await server.TwimlAsync(GatherAction(ask), Call(callSid, ("Digits", "1"), ("From", "anonymous")));

        Assert.That(Said(ask).Single().Text, Does.StartWith("We cannot see the number you are calling from."));
        Assert.That(Said(one)[0].Text, Is.EqualTo("That is not a valid phone number."));
        Assert.That(server.Queue.Callbacks, Is.Empty);
    }

    [Test]
    public async Task CallbackNumber_LanguageClosesBeforeTheTurn_BooksTheNextOpeningAndSaysWhen()
    {
        server.MondayAt(17);
        server.Clock.Advance(TimeSpan.FromMinutes(57)); // 17:57; Vietnamese closes at 18:00, the wait is 4 minutes
        var callSid = await SecondInLineAsync("4*");
        var ask = await server.TwimlAsync("/twilio/voice/hold/key?language=vi", Call(callSid, ("Digits", "2")));

        var booked = await server.PressAsync(ask, callSid, "1");

        Assert.That(server.Queue.Callbacks.Single().NotBefore, Is.EqualTo(TestHours.Monday(9).AddDays(1)), "Tuesday 09:00 in Seoul");
        Assert.That(Said(booked).Single().Text, Does.Contain("09:00").And.Contain("Tiếng Việt"));
    }

    [Test]
    public async Task Hold_AfterBooking_DoesNotPutTheCallBackInLine()
    {
        var callSid = await SecondInLineAsync("2*");
        await server.PressAsync(await server.TwimlAsync("/twilio/voice/hold/key?language=en", Call(callSid, ("Digits", "2"))), callSid, "1");

        await server.TwimlAsync("/twilio/voice/hold?language=en", Call(callSid, ("QueueSid", "QU1")));

        Assert.That(server.Queue.Waiting.Select(entry => entry.CallSid), Does.Not.Contain(callSid));
    }
}
