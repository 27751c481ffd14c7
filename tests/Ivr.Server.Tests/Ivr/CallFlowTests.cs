using System.Xml.Linq;
using Ivr.Acd.Events;
using Ivr.Server.Hours;
using Ivr.Server.Queueing;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Ivr;

/// <summary>Calls through the menu over HTTP, every request signed as Twilio signs it.</summary>
public sealed class CallFlowTests
{
    private const string Incoming = "/twilio/voice/incoming";
    private IvrTestServer server = null!;

    [OneTimeSetUp]
    public async Task Start() => server = await IvrTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await server.DisposeAsync();

    [SetUp]
    public void MondayMorning() => server.MondayAt(10);

    [Test]
    public async Task Incoming_NewCall_GreetsInKoreanAndEnglishAndOffersEveryLanguageInItsOwn()
    {
        var twiml = await server.TwimlAsync(Incoming, Call(NewCallSid()));

        var said = Said(twiml);
        Assert.That(GatherAction(twiml), Is.EqualTo("/twilio/voice/menu?step=1"));
        Assert.That(said[0], Is.EqualTo(("ko-KR", "안녕하십니까. 법무부 외국인종합안내센터 1345입니다.")));
        Assert.That(said.Select(say => say.Text), Does.Contain("Welcome to 1345, the Immigration Contact Center of the Ministry of Justice."));
        Assert.That(said.Select(say => say.Text), Does.Contain("Tư vấn tiếng Việt, bấm 4 rồi bấm phím sao."));
        Assert.That(said.Select(say => say.Text), Does.Contain("Pour le français, tapez 9 puis étoile."));
        Assert.That(twiml.Descendants("Gather").Single().Attribute("finishOnKey")?.Value, Is.EqualTo("*"));
    }

    [Test]
    public async Task Menu_ThreeStar_QueuesForChineseHearingChinese()
    {
        var callSid = NewCallSid();
        var menu = await server.TwimlAsync(Incoming, Call(callSid));

        var twiml = await server.PressAsync(menu, callSid, "3*");

        var enqueue = twiml.Descendants("Enqueue").Single();
        Assert.That(enqueue.Value, Is.EqualTo("zh"));
        Assert.That(enqueue.Attribute("waitUrl")?.Value, Is.EqualTo("/twilio/voice/hold?language=zh"));
        Assert.That(Said(twiml), Is.EqualTo(new[] { ((string?)"cmn-CN", "正在为您转接咨询员，请稍候。") }));
        Assert.That(server.Queue.Waiting.Single(entry => entry.CallSid == callSid).Language, Is.EqualTo("zh"));
        Assert.That((await server.EventsAsync(callSid)).Select(e => e.Type), Is.EqualTo(new[] { CallEventTypes.CallArrived, CallEventTypes.MenuStep, CallEventTypes.LanguageChosen }));
    }

    [TestCaseSource(typeof(DefaultLanguages), nameof(DefaultLanguages.All))]
    public async Task Menu_LanguageNumberAndStar_ReachesEveryDefaultLanguage(LanguageLine language)
    {
        var callSid = NewCallSid();
        var menu = await server.TwimlAsync(Incoming, Call(callSid));

        var twiml = await server.PressAsync(menu, callSid, $"{language.MenuNumber}*");

        Assert.That(twiml.Descendants("Enqueue").Single().Value, Is.EqualTo(language.Code));
        // Languages without a Twilio voice or audio hear the fallback the menu names (Russian or English).
        var expected = language.SayLanguage ?? (language.Code is "uz" or "kk" or "mn" ? "ru-RU" : "en-US");
        Assert.That(Said(twiml).Single().Language, Is.EqualTo(expected));
    }

    [Test]
    public async Task Menu_FiveThenNepali_AVictimOfCrimeHearsTheTeamAndJoinsTheNepaliLineTagged()
    {
        var callSid = NewCallSid();
        var menu = await server.TwimlAsync(Incoming, Call(callSid));
        Assert.That(Said(menu).Select(say => say.Text), Does.Contain("If you are a victim of a crime or of violence, press 5."));

        var victim = await server.PressAsync(menu, callSid, "5");
        Assert.That(Said(victim)[0], Is.EqualTo(((string?)"ko-KR", "범죄 피해자 지원 교육을 받은 상담원이 연결해 드리겠습니다. 원하시는 언어 번호를 누른 후 별표를 눌러 주십시오.")));
        var nepali = DefaultLanguages.All.Single(language => language.Code == "ne");
        var joined = await server.PressAsync(victim, callSid, $"{nepali.MenuNumber}*");

        Assert.That(joined.Descendants("Enqueue").Single().Value, Is.EqualTo("ne"));
        Assert.That(server.Queue.Waiting.Single(entry => entry.CallSid == callSid).Tags, Is.EqualTo(new[] { "victim-support" }));
    }

    [Test]
    public async Task Menu_Zero_QueuesForAKoreanCounselor()
    {
        var callSid = NewCallSid();
        var twiml = await server.PressAsync(await server.TwimlAsync(Incoming, Call(callSid)), callSid, "0");

        Assert.That(twiml.Descendants("Enqueue").Single().Value, Is.EqualTo("ko"));
    }

    [Test]
    public async Task Menu_OneThenZero_HearsOfficesAndHoursThenReachesACounselor()
    {
        var callSid = NewCallSid();
        var offices = await server.PressAsync(await server.TwimlAsync(Incoming, Call(callSid)), callSid, "1");

        var said = Said(offices).Select(say => say.Text).ToList();
        Assert.That(said, Does.Contain("Counselling in English is available on weekdays from 09:00 to 22:00, Korea time."));
        Assert.That(said, Does.Contain("To speak to a counselor, press 0. To hear this again, press 9. To return to the main menu, press 8."));
        Assert.That((await server.EventsAsync(callSid)).Any(e => e.Type == CallEventTypes.SelfServiceCompleted && e.Fields["branch"] == "offices-hours"), Is.True);

        var counselor = await server.PressAsync(offices, callSid, "0");
        Assert.That(counselor.Descendants("Enqueue").Single().Value, Is.EqualTo("ko"));
    }

    [Test]
    public async Task Menu_TwoThenNine_PlaysTheVisaLookUpAgain()
    {
        var callSid = NewCallSid();
        var visa = await server.PressAsync(await server.TwimlAsync(Incoming, Call(callSid)), callSid, "2");
        var again = await server.PressAsync(visa, callSid, "9");

        Assert.That(Said(again).Select(say => say.Text), Does.Contain("To check your visa confirmation, visit the Korea Visa Portal website and search with your passport number."));
    }

    [Test]
    public async Task Menu_NoInputTwice_AsksAgainThenTakesTheDefaultRoute()
    {
        var callSid = NewCallSid();
        var twiml = await server.TwimlAsync(Incoming, Call(callSid));
        for (var attempt = 0; attempt < 2; attempt++)
        {
            twiml = await server.PressAsync(twiml, callSid, "");
            Assert.That(Said(twiml).Select(say => say.Text), Does.Contain("Sorry, we did not receive your choice."));
        }

        twiml = await server.PressAsync(twiml, callSid, "");

        Assert.That(twiml.Descendants("Enqueue").Single().Value, Is.EqualTo("ko"));
    }

    [Test]
    public async Task Menu_InvalidInputTwice_AsksAgainThenTakesTheDefaultRoute()
    {
        var callSid = NewCallSid();
        var twiml = await server.TwimlAsync(Incoming, Call(callSid));
        foreach (var keys in new[] { "7", "42*" })
        {
            twiml = await server.PressAsync(twiml, callSid, keys);
            Assert.That(Said(twiml)[0], Is.EqualTo(((string?)"ko-KR", "잘못 누르셨습니다.")));
        }

        twiml = await server.PressAsync(twiml, callSid, "6");

        Assert.That(twiml.Descendants("Enqueue").Single().Value, Is.EqualTo("ko"));
    }

    [Test]
    public async Task Menu_VietnameseAfterSix_HearsTheHoursInVietnameseAndTheOfferOfKorean()
    {
        server.MondayAt(19);
        var callSid = NewCallSid();

        var twiml = await server.PressAsync(await server.TwimlAsync(Incoming, Call(callSid)), callSid, "4*");

        var said = Said(twiml);
        Assert.That(said[0], Is.EqualTo(((string?)"vi-VN", "Hiện không phải giờ tư vấn Tiếng Việt. Giờ tư vấn tiếp theo bắt đầu vào Thứ Ba lúc 09:00, giờ Hàn Quốc.")));
        Assert.That(said[1], Is.EqualTo(((string?)"vi-VN", "Hiện có tư vấn 한국어. Bấm 1 rồi bấm phím sao.")));
        Assert.That(server.Queue.Waiting.Any(entry => entry.CallSid == callSid), Is.False);
        Assert.That((await server.EventsAsync(callSid)).Any(e => e.Type == CallEventTypes.AfterHours && e.Fields["language"] == "vi"), Is.True);

        var korean = await server.PressAsync(twiml, callSid, "1*");
        Assert.That(korean.Descendants("Enqueue").Single().Value, Is.EqualTo("ko"));
    }

    [Test]
    public async Task Menu_EnglishAfterTen_NothingOpen_HearsTheHoursAndGoodbye()
    {
        server.MondayAt(23);
        var callSid = NewCallSid();

        var twiml = await server.PressAsync(await server.TwimlAsync(Incoming, Call(callSid)), callSid, "2*");

        Assert.That(Said(twiml).Select(say => say.Text), Is.EqualTo(new[]
        {
            "Counselling in English is closed now. It opens on Tuesday at 09:00, Korea time.",
            "To leave a message for a counselor, press 3.",
            "Thank you for calling 1345. Goodbye.",
        }));
        Assert.That(twiml.Descendants("Hangup").Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Menu_FullQueue_SaysSoAndOffersTheWayOut()
    {
        server.Queue.Capacity = 0;
        try
        {
            var callSid = NewCallSid();
            var twiml = await server.PressAsync(await server.TwimlAsync(Incoming, Call(callSid)), callSid, "2*");

            Assert.That(Said(twiml).Select(say => say.Text), Is.EqualTo(new[]
            {
                "All our lines are full right now.",
                "To hear our opening hours, press 1. To leave a message, press 3. If you are a victim of a crime or of violence, press 5. To leave the line, press 9.",
            }));
            Assert.That(GatherAction(twiml), Is.EqualTo("/twilio/voice/rejoin?language=en"));

            var leave = await server.PressAsync(twiml, callSid, "9");
            Assert.That(Said(leave).Single().Text, Is.EqualTo("Thank you for calling 1345. Goodbye."));
        }
        finally
        {
            server.Queue.Capacity = 100;
        }
    }

    [Test]
    public async Task Menu_FullQueueThenFive_JoinsAsAVictimOnceThereIsRoom()
    {
        server.Queue.Capacity = 0;
        var callSid = NewCallSid();
        XDocument full;
        try
        {
            full = await server.PressAsync(await server.TwimlAsync(Incoming, Call(callSid)), callSid, "2*");
        }
        finally
        {
            server.Queue.Capacity = 100;
        }

        var joined = await server.PressAsync(full, callSid, "5");

        Assert.That(Said(joined).Select(say => say.Text), Is.EqualTo(new[]
        {
            "Thank you. A counselor trained to support victims of crime will take your call as soon as possible. Please stay on the line.",
            "Please hold while we connect you to a counselor.",
        }));
        Assert.That(joined.Root!.Elements().Select(element => element.Name.LocalName), Is.EqualTo(new[] { "Say", "Say", "Enqueue" }));
        Assert.That(server.Queue.Waiting.Single(entry => entry.CallSid == callSid).Tags, Is.EqualTo(new[] { "victim-support" }));
    }
}
