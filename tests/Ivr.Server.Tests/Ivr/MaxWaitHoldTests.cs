using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Ivr;

/// <summary>
/// The maximum wait on hold (docs/ivr.md, "Maximum wait"): English callers are offered the configured outcome once
/// they waited 5 minutes, never before; key 4 (another language, here Korean) only with that offer.
/// </summary>
public sealed class MaxWaitHoldTests
{
    private const string CallbackOffer = "You have waited a long time. To be called back without losing your place, press 2.";
    private const string MessageOffer = "You have waited a long time. To leave a message, press 3.";
    private const string LanguageOffer = "You have waited a long time. To speak to a counselor in Korean instead, press 4; you keep your place in this line.";
    private const string Accepted = "Thank you; the first counselor free in Korean or in your language will take your call.";

    private IvrTestServer server = null!;

    [TearDown]
    public async Task Stop() => await server.DisposeAsync();

    private async Task<string> WaitingEnglishCallerAsync(string offer)
    {
        var settings = new Dictionary<string, string?> { ["MaxWait:Languages:en:After"] = "00:05:00", ["MaxWait:Languages:en:Offer"] = offer };
        if (offer == "language")
        {
            settings["MaxWait:Languages:en:OverflowLanguage"] = "ko";
        }
        server = await IvrTestServer.StartAsync(settings: settings);
        var callSid = NewCallSid();
        await server.PressAsync(await server.TwimlAsync("/twilio/voice/incoming", Call(callSid)), callSid, "2*");
        return callSid;
    }

    private async Task<List<string>> HoldAsync(string callSid) =>
        [.. Said(await server.TwimlAsync("/twilio/voice/hold?language=en", Call(callSid, ("QueueSid", "QU1")))).Select(say => say.Text)];

    [TestCase("callback", CallbackOffer)]
    [TestCase("message", MessageOffer)]
    [TestCase("language", LanguageOffer)]
    public async Task Hold_PastTheMaximumWait_OffersTheChosenOutcome(string offer, string prompt)
    {
        var callSid = await WaitingEnglishCallerAsync(offer);

        server.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.That(await HoldAsync(callSid), Does.Contain(prompt));
    }

    [Test]
    public async Task Hold_VietnameseCallerPastTheMaximumWait_HearsTheOfferInVietnameseNamingEnglish()
    {
        server = await IvrTestServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["MaxWait:Languages:vi:After"] = "00:05:00", ["MaxWait:Languages:vi:Offer"] = "language", ["MaxWait:Languages:vi:OverflowLanguage"] = "en",
        });
        var callSid = NewCallSid();
        await server.PressAsync(await server.TwimlAsync("/twilio/voice/incoming", Call(callSid)), callSid, "4*");
        server.Clock.Advance(TimeSpan.FromMinutes(5));

        var said = Said(await server.TwimlAsync("/twilio/voice/hold?language=vi", Call(callSid, ("QueueSid", "QU1")))).Select(say => say.Text);

        Assert.That(said, Has.One.StartsWith("Bạn đã chờ lâu. Để nói chuyện với tư vấn viên bằng ").And.Contains("Anh").And.Contains("bấm 4"));
    }

    [TestCase("callback")]
    [TestCase("message")]
    [TestCase("language")]
    public async Task Hold_BeforeTheMaximumWait_OffersNothing(string offer)
    {
        var callSid = await WaitingEnglishCallerAsync(offer);

        server.Clock.Advance(TimeSpan.FromMinutes(4));

        Assert.That(await HoldAsync(callSid), Has.None.StartsWith("You have waited a long time."));
    }

    [Test]
    public async Task HoldKey_TwoAtTheMaximumWait_AsksForTheNumberThoughTheExpectedWaitIsShort()
    {
        var callSid = await WaitingEnglishCallerAsync("callback");
        server.Clock.Advance(TimeSpan.FromMinutes(5));

        var twiml = await server.TwimlAsync("/twilio/voice/hold/key?language=en", Call(callSid, ("Digits", "2")));

        Assert.That(Said(twiml).Single().Text, Does.StartWith("We will call you back at the number ending in"));
    }

    [Test]
    public async Task HoldKey_FourAtTheMaximumWait_AcceptsTheOverflowAndKeepsThePlace()
    {
        var callSid = await WaitingEnglishCallerAsync("language");
        server.Clock.Advance(TimeSpan.FromMinutes(5));

        var twiml = await server.TwimlAsync("/twilio/voice/hold/key?language=en", Call(callSid, ("Digits", "4")));

        Assert.That(Said(twiml).Select(say => say.Text), Is.EqualTo(new[] { Accepted }));
        Assert.That(twiml.Descendants("Leave"), Is.Empty, "back to the hold loop");
        Assert.That(server.Queue.Overflowed, Is.EqualTo(new[] { callSid }));
        Assert.That(server.Queue.Waiting.Select(entry => entry.CallSid), Does.Contain(callSid));
    }

    [Test]
    public async Task HoldKey_FourBeforeTheMaximumWait_IsNoChoice()
    {
        var callSid = await WaitingEnglishCallerAsync("language");
        server.Clock.Advance(TimeSpan.FromMinutes(4));

        var twiml = await server.TwimlAsync("/twilio/voice/hold/key?language=en", Call(callSid, ("Digits", "4")));

        Assert.That(twiml.Root!.Elements(), Is.Empty);
        Assert.That(server.Queue.Overflowed, Is.Empty);
    }

    [TestCase("callback")]
    [TestCase("message")]
    public async Task HoldKey_FourWithAnotherOffer_IsNoChoice(string offer)
    {
        var callSid = await WaitingEnglishCallerAsync(offer);
        server.Clock.Advance(TimeSpan.FromMinutes(5));

        var twiml = await server.TwimlAsync("/twilio/voice/hold/key?language=en", Call(callSid, ("Digits", "4")));

        Assert.That(twiml.Root!.Elements(), Is.Empty);
        Assert.That(server.Queue.Overflowed, Is.Empty);
    }
}
