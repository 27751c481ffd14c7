using System.Xml.Linq;
using Ivr.Acd.Events;
using Ivr.Server.Ivr;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Ivr;

/// <summary>
/// A caller who chose a language hears, on their next call and before the greeting, the offer to continue in it; over
/// HTTP, every request signed as Twilio signs it. Each test's caller has a number of their own.
/// </summary>
public sealed class RememberedLanguageTests
{
    private const string Incoming = "/twilio/voice/incoming";
    private const string VietnameseOffer =
        "Để tiếp tục bằng tiếng Việt, bấm phím sao. Nếu bạn không muốn chúng tôi ghi nhớ ngôn ngữ của bạn, bấm 9.";
    private const string KoreanGreeting = "안녕하십니까. 법무부 외국인종합안내센터 1345입니다.";
    private IvrTestServer server = null!;

    [OneTimeSetUp]
    public async Task Start() => server = await IvrTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await server.DisposeAsync();

    [SetUp]
    public void MondayMorning() => server.MondayAt(10);

    [Test]
    public async Task SecondCall_HearsTheOfferInTheLanguageChosenBefore_BeforeTheGreeting()
    {
        var caller = RememberedCallers.NewNumber();
        await RememberedCallers.ChooseAsync(server, caller, "4*");

        var callSid = NewCallSid();
        var twiml = await server.TwimlAsync(Incoming, Call(callSid, ("From", caller)));

        Assert.That(Said(twiml), Is.EqualTo(new[] { ((string?)"vi-VN", VietnameseOffer) }));
        var gather = twiml.Descendants("Gather").Single();
        Assert.That(gather.Attribute("finishOnKey")?.Value, Is.EqualTo("*"));
        Assert.That(gather.Attribute("timeout")?.Value, Is.EqualTo("4"));
        Assert.That(GatherAction(twiml), Is.EqualTo("/twilio/voice/menu?step=1"));
        Assert.That((await server.TwimlAsync(Incoming, Call(callSid, ("From", caller)))).ToString(), Is.EqualTo(twiml.ToString()), "a Twilio retry gets the same answer");
    }

    [Test]
    public async Task Star_IsTheLanguagesStep_AsIfTheCallerKeyedItsNumberAndStar()
    {
        var caller = RememberedCallers.NewNumber();
        await RememberedCallers.ChooseAsync(server, caller, "4*");
        var callSid = NewCallSid();
        var offer = await server.TwimlAsync(Incoming, Call(callSid, ("From", caller)));

        var twiml = await server.PressAsync(offer, callSid, "*", caller);

        Assert.That(twiml.Descendants("Enqueue").Single().Value, Is.EqualTo("vi"));
        Assert.That(server.Queue.Waiting.Single(entry => entry.CallSid == callSid).Language, Is.EqualTo("vi"));
        var events = await server.EventsAsync(callSid);
        Assert.That(events.Select(e => e.Type), Is.EqualTo(new[] { CallEventTypes.CallArrived, CallEventTypes.MenuStep, CallEventTypes.LanguageChosen }));
        Assert.That(events[1].Fields, Is.EquivalentTo(new Dictionary<string, string> { ["node"] = "remembered-language", ["digits"] = "*", ["language"] = "vi" }));
    }

    [Test]
    public async Task StarAfterHours_HearsExactlyWhatKeyingTheNumberGives()
    {
        var caller = RememberedCallers.NewNumber();
        await RememberedCallers.ChooseAsync(server, caller, "4*");
        server.MondayAt(19);

        var remembered = NewCallSid();
        var star = await server.PressAsync(await server.TwimlAsync(Incoming, Call(remembered, ("From", caller))), remembered, "*", caller);
        var keyed = NewCallSid();
        var fourStar = await server.PressAsync(await server.TwimlAsync(Incoming, Call(keyed)), keyed, "4*");

        Assert.That(star.ToString(), Is.EqualTo(fourStar.ToString()));
        Assert.That(star.Descendants("Enqueue"), Is.Empty);
        Assert.That((await server.EventsAsync(remembered)).Select(e => e.Type), Does.Contain(CallEventTypes.AfterHours));
    }

    [Test]
    public async Task OtherKeys_AreTakenAsPressedAtTheMenu_AndTheNewChoiceIsRemembered()
    {
        var caller = RememberedCallers.NewNumber();
        await RememberedCallers.ChooseAsync(server, caller, "4*");
        var callSid = NewCallSid();

        var twiml = await server.PressAsync(await server.TwimlAsync(Incoming, Call(callSid, ("From", caller))), callSid, "3*", caller);

        Assert.That(twiml.Descendants("Enqueue").Single().Value, Is.EqualTo("zh"));
        var next = await server.TwimlAsync(Incoming, Call(NewCallSid(), ("From", caller)));
        Assert.That(Said(next).Single().Text, Does.StartWith("继续使用中文咨询请按星号键"));
    }

    [Test]
    public async Task NoInput_PlaysTheFullGreeting_AndTheLanguageStaysRemembered()
    {
        var caller = RememberedCallers.NewNumber();
        await RememberedCallers.ChooseAsync(server, caller, "4*");
        var callSid = NewCallSid();

        var twiml = await server.PressAsync(await server.TwimlAsync(Incoming, Call(callSid, ("From", caller))), callSid, "", caller);

        Assert.That(Said(twiml)[0], Is.EqualTo(("ko-KR", KoreanGreeting)));
        Assert.That(Said(twiml).Select(say => say.Text), Does.Not.Contain("Chúng tôi sẽ không ghi nhớ ngôn ngữ của bạn nữa."));
        Assert.That(GatherAction(twiml), Is.EqualTo("/twilio/voice/menu?step=2"));
        var menu = await server.PressAsync(twiml, callSid, "0", caller);
        Assert.That(menu.Descendants("Enqueue").Single().Value, Is.EqualTo("ko"), "the greeting's keys work as on any call");
        Assert.That(Said(await server.TwimlAsync(Incoming, Call(NewCallSid(), ("From", caller)))).Single().Text, Is.EqualTo(VietnameseOffer));
    }

    [Test]
    public async Task Nine_ForgetsTheLanguageForGood_AndSaysSoInIt()
    {
        var caller = RememberedCallers.NewNumber();
        await RememberedCallers.ChooseAsync(server, caller, "4*");
        var callSid = NewCallSid();

        var twiml = await server.PressAsync(await server.TwimlAsync(Incoming, Call(callSid, ("From", caller))), callSid, "9", caller);

        Assert.That(Said(twiml)[0], Is.EqualTo(("vi-VN", "Chúng tôi sẽ không ghi nhớ ngôn ngữ của bạn nữa.")));
        Assert.That(Said(twiml)[1], Is.EqualTo(("ko-KR", KoreanGreeting)));
        var entry = await RememberedCallers.EntryAsync(server, caller);
        Assert.That(entry, Does.StartWith("opted-out|"));
        Assert.That((await server.EventsAsync(callSid))[1].Fields["digits"], Is.EqualTo("9"));

        await RememberedCallers.ChooseAsync(server, caller, "4*");
        Assert.That(Said(await server.TwimlAsync(Incoming, Call(NewCallSid(), ("From", caller))))[0], Is.EqualTo(("ko-KR", KoreanGreeting)),
            "a caller who opted out is not remembered again");
    }

    [Test]
    public async Task OptOut_IsKeptAYearAfterTheCallersLastCall()
    {
        var caller = RememberedCallers.NewNumber();
        await RememberedCallers.ChooseAsync(server, caller, "4*");
        var callSid = NewCallSid();
        await server.PressAsync(await server.TwimlAsync(Incoming, Call(callSid, ("From", caller))), callSid, "9", caller);
        var key = server.Factory.Services.GetRequiredService<RememberedLanguageStore>().Key(caller);
        var redis = TestServices.RedisConnection.GetDatabase();
        Assert.That(await redis.KeyTimeToLiveAsync(key), Is.GreaterThan(TimeSpan.FromDays(364)));
        await redis.KeyExpireAsync(key, TimeSpan.FromDays(2));

        await server.TwimlAsync(Incoming, Call(NewCallSid(), ("From", caller)));

        Assert.That(await redis.KeyTimeToLiveAsync(key), Is.GreaterThan(TimeSpan.FromDays(364)), "the call renewed the opt-out");
    }

    [Test]
    public async Task RedisKey_IsTheKeyedHashOfTheNumber_TheNumberIsNowhere()
    {
        const string caller = "+821098765432";
        await RememberedCallers.ChooseAsync(server, caller, "4*");

        var store = server.Factory.Services.GetRequiredService<RememberedLanguageStore>();
        var key = store.Key(caller).ToString();
        var redis = TestServices.RedisConnection;
        var written = RememberedCallers.Keys(server).ToList();
        Assert.That(written, Does.Contain(key));
        Assert.That(key, Does.Match("ivr:remembered-language:[0-9a-f]{64}$"));
        foreach (var each in written)
        {
            Assert.That(each, Does.Not.Contain("98765432"));
            Assert.That((string?)await redis.GetDatabase().StringGetAsync(each), Does.Not.Contain("98765432"));
        }
        Assert.That((string?)await redis.GetDatabase().StringGetAsync(key), Is.EqualTo(RememberedLanguageRules.Entry("vi", server.Clock.GetUtcNow())));
        var ttl = await redis.GetDatabase().KeyTimeToLiveAsync(key);
        Assert.That(ttl, Is.InRange(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(30)));
        Assert.That(Said(await server.TwimlAsync(Incoming, Call(NewCallSid(), ("From", "010-9876-5432")))).Single().Text, Is.EqualTo(VietnameseOffer),
            "the number as the call records hash it: 010-9876-5432 is +82 10 9876 5432");
    }

    [TestCase("anonymous")]
    [TestCase("+266696687")]
    [TestCase("client:alice")]
    public async Task WithheldNumber_IsNeverRemembered(string withheld)
    {
        await RememberedCallers.ChooseAsync(server, withheld, "4*");

        Assert.That(await RememberedCallers.EntryAsync(server, withheld), Is.Null);
        Assert.That(Said(await server.TwimlAsync(Incoming, Call(NewCallSid(), ("From", withheld))))[0], Is.EqualTo(("ko-KR", KoreanGreeting)));
    }

    [Test]
    public async Task KhmerWithoutAVoice_IsOfferedInEnglishByName()
    {
        var caller = RememberedCallers.NewNumber();
        await RememberedCallers.ChooseAsync(server, caller, "12*");

        var twiml = await server.TwimlAsync(Incoming, Call(NewCallSid(), ("From", caller)));

        Assert.That(Said(twiml), Is.EqualTo(new[] { ((string?)"en-US", "To continue in Khmer, press star. To stop us remembering your language, press 9.") }));
    }

    [Test]
    public async Task ChosenLongerAgoThanTheDays_IsNotOffered()
    {
        var caller = RememberedCallers.NewNumber();
        await RememberedCallers.ChooseAsync(server, caller, "4*");
        server.Clock.Advance(TimeSpan.FromDays(29));
        Assert.That(Said(await server.TwimlAsync(Incoming, Call(NewCallSid(), ("From", caller)))).Single().Text, Is.EqualTo(VietnameseOffer));

        server.Clock.Advance(TimeSpan.FromDays(1));

        Assert.That(Said(await server.TwimlAsync(Incoming, Call(NewCallSid(), ("From", caller))))[0], Is.EqualTo(("ko-KR", KoreanGreeting)));
    }
}
