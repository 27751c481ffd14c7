using System.Web;
using System.Xml.Linq;
using Ivr.Server.FollowUps;
using Microsoft.Extensions.DependencyInjection;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Ivr;

/// <summary>A caller leaves a message: key 3 on hold, after hours or at a full queue, and the &lt;Record&gt; that follows.</summary>
public sealed class MessageFlowTests
{
    private const string CallerNumber = "+821012345678";
    private IvrTestServer server = null!;

    [OneTimeSetUp]
    public async Task Start() => server = await IvrTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await server.DisposeAsync();

    [SetUp]
    public void MondayMorning() => server.MondayAt(10);

    private async Task<string> QueuedAsync(string keys)
    {
        var callSid = NewCallSid();
        await server.PressAsync(await server.TwimlAsync("/twilio/voice/incoming", Call(callSid)), callSid, keys);
        return callSid;
    }

    [Test]
    public async Task HoldKey_Three_LeavesTheLineForAMessageAndTheQueueActionRecordsIt()
    {
        var callSid = await QueuedAsync("4*");

        var leave = await server.TwimlAsync("/twilio/voice/hold/key?language=vi", Call(callSid, ("Digits", "3")));
        var record = await server.TwimlAsync("/twilio/voice/queue-result?language=vi", Call(callSid, ("QueueResult", "leave"), ("QueueSid", "QU1"), ("QueueTime", "40")));

        Assert.That(leave.Root!.Elements().Single().Name.LocalName, Is.EqualTo("Leave"));
        Assert.That(server.Queue.Log, Does.Contain($"leave {callSid} message"), "left the line to leave a message, not abandoned");
        Assert.That(server.Queue.Log, Does.Not.Contain($"leave {callSid} left"));
        Assert.That(server.Queue.Waiting.Any(entry => entry.CallSid == callSid), Is.False);
        Assert.That(Said(record).Select(say => say.Text), Is.EqualTo(new[]
        {
            "Sau tiếng bíp, xin vui lòng nói tên và câu hỏi của bạn. Bấm phím thăng khi bạn nói xong.",
            "Chúng tôi chưa nhận được lời nhắn nào.",
            "Cảm ơn bạn đã gọi 1345. Xin chào.",
        }), "the record prompt, then (only reached when nothing was recorded) the empty answer and goodbye");
        AssertRecord(record, "vi");
    }

    [Test]
    public async Task Record_Attributes_AreTheMessageSettingsAndTheSignedCallbacks()
    {
        var callSid = NewCallSid();

        var twiml = await server.TwimlAsync("/twilio/voice/message?language=en", Call(callSid));

        var record = AssertRecord(twiml, "en");
        Assert.That(record.Attribute("maxLength")?.Value, Is.EqualTo("120"));
        Assert.That(record.Attribute("timeout")?.Value, Is.EqualTo("5"));
        Assert.That(record.Attribute("finishOnKey")?.Value, Is.EqualTo("#"));
        Assert.That(record.Attribute("playBeep")?.Value, Is.EqualTo("true"));
        Assert.That(record.Attribute("trim")?.Value, Is.EqualTo("trim-silence"));
        Assert.That(record.Attribute("recordingStatusCallbackEvent")?.Value, Is.EqualTo("completed absent"));
        Assert.That(record.Attribute("recordingStatusCallbackMethod")?.Value, Is.EqualTo("POST"));
        Assert.That(Said(twiml)[0].Text, Is.EqualTo("After the tone, please say your name and your question. Press the hash key when you are done."));
        Assert.That(twiml.Root!.Elements().Last().Name.LocalName, Is.EqualTo("Hangup"));
        Assert.That(server.Queue.Log, Does.Contain($"leave {callSid} message"), "the maximum wait's entry takes the caller out of line too");
    }

    [Test]
    public async Task Record_CallbackUrl_CarriesTheCallersNumberProtectedNeverInClear()
    {
        var twiml = await server.TwimlAsync("/twilio/voice/message?language=en", Call(NewCallSid(), ("From", CallerNumber)));

        var callback = twiml.Descendants("Record").Single().Attribute("recordingStatusCallback")!.Value;
        var caller = HttpUtility.ParseQueryString(new Uri(new Uri("http://localhost"), callback).Query)["caller"];
        Assert.That(callback, Does.Not.Contain("1012345678"));
        Assert.That(server.Factory.Services.GetRequiredService<CallerNumbers>().Unprotect(caller), Is.EqualTo(CallerNumber));
    }

    [Test]
    public async Task AfterHours_Vietnamese_OffersAMessageAndThreeRecordsIt()
    {
        server.MondayAt(19);
        var callSid = NewCallSid();

        var closed = await server.PressAsync(await server.TwimlAsync("/twilio/voice/incoming", Call(callSid)), callSid, "4*");
        var record = await server.PressAsync(closed, callSid, "3");

        Assert.That(Said(closed).Select(say => say.Text), Does.Contain("Để để lại lời nhắn cho tư vấn viên, bấm 3."));
        Assert.That(GatherAction(closed), Does.StartWith("/twilio/voice/after-hours/key?language=vi&step="));
        AssertRecord(record, "vi");
    }

    [Test]
    public async Task AfterHours_LanguageNumberAndStar_StillChoosesTheOpenLanguage()
    {
        server.MondayAt(19);
        var callSid = NewCallSid();

        var closed = await server.PressAsync(await server.TwimlAsync("/twilio/voice/incoming", Call(callSid)), callSid, "4*");
        var mandarin = await server.PressAsync(closed, callSid, "3*");

        Assert.That(mandarin.Descendants("Enqueue").Single().Value, Is.EqualTo("zh"), "3* is Mandarin, open until 22:00; 3 alone is the message");
    }

    [Test]
    public async Task FullQueue_Three_RecordsAMessage()
    {
        server.Queue.Capacity = 0;
        try
        {
            var callSid = NewCallSid();
            var full = await server.PressAsync(await server.TwimlAsync("/twilio/voice/incoming", Call(callSid)), callSid, "2*");

            var record = await server.PressAsync(full, callSid, "3");

            AssertRecord(record, "en");
        }
        finally
        {
            server.Queue.Capacity = 100;
        }
    }

    [Test]
    public async Task Recorded_WithARecording_SaysItIsSavedAndGoodbye()
    {
        var twiml = await server.TwimlAsync("/twilio/voice/message/recorded?language=fr", Call(NewCallSid(),
            ("RecordingSid", "RE0123456789abcdef0123456789abcdef"), ("RecordingDuration", "14"), ("Digits", "#"), ("RecordingUrl", "https://api.twilio.com/x")));

        Assert.That(Said(twiml).Select(say => say.Text), Is.EqualTo(new[]
        {
            "Merci. Votre message a été enregistré ; un conseiller vous rappellera dès que possible.",
            "Merci d'avoir appelé le 1345. Au revoir.",
        }));
        Assert.That(twiml.Root!.Elements().Last().Name.LocalName, Is.EqualTo("Hangup"));
    }

    [Test]
    public async Task Recorded_CallerHungUp_AnswersNothing()
    {
        var twiml = await server.TwimlAsync("/twilio/voice/message/recorded?language=vi", Call(NewCallSid(),
            ("RecordingSid", "RE0123456789abcdef0123456789abcdef"), ("RecordingDuration", "9"), ("Digits", "hangup")));

        Assert.That(twiml.Root!.Elements(), Is.Empty);
    }

    private static XElement AssertRecord(XDocument twiml, string language)
    {
        var record = twiml.Descendants("Record").Single();
        Assert.That(record.Attribute("action")?.Value, Is.EqualTo($"/twilio/voice/message/recorded?language={language}"));
        Assert.That(record.Attribute("recordingStatusCallback")?.Value, Does.StartWith($"/twilio/voice/message/recording?language={language}&caller="));
        return record;
    }
}
