using System.Net;
using Ivr.Acd.Events;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Ivr;

/// <summary>The caller in &lt;Enqueue&gt;: position and wait from our queue, the way out, and leaving when they hang up.</summary>
public sealed class HoldLoopTests
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

    [Test]
    public async Task Hold_SecondInLine_HearsPositionAndWaitInTheirLanguageAndTheWayOut()
    {
        await QueuedAsync("10*");
        var callSid = await QueuedAsync("10*");

        var twiml = await server.TwimlAsync("/twilio/voice/hold?language=ru", Call(callSid, ("QueuePosition", "1"), ("QueueSid", "QU1"), ("QueueTime", "30")));

        Assert.That(Said(twiml).Select(say => say.Text), Is.EqualTo(new[]
        {
            "Все консультанты заняты. Ваш номер в очереди 2. Ожидаемое время ожидания около 4 минут.",
            "Чтобы вам перезвонили вместо ожидания, с сохранением вашего места в очереди, нажмите 2.",
            "Чтобы узнать часы работы, нажмите 1. Чтобы оставить сообщение, нажмите 3. Если вы пострадали от преступления или насилия, нажмите 5. Чтобы выйти из очереди, нажмите 9.",
        }));
        Assert.That(GatherAction(twiml), Is.EqualTo("/twilio/voice/hold/key?language=ru"));
        Assert.That(twiml.Descendants("Pause").Single().Attribute("length")?.Value, Is.EqualTo("45"));
    }

    [Test]
    public async Task HoldKey_One_HearsTheHoursAndStaysInLine()
    {
        var callSid = await QueuedAsync("4*");

        var twiml = await server.TwimlAsync("/twilio/voice/hold/key?language=vi", Call(callSid, ("Digits", "1")));

        Assert.That(Said(twiml)[0].Text, Is.EqualTo("Tư vấn Tiếng Việt hoạt động các ngày trong tuần từ 09:00 đến 18:00, giờ Hàn Quốc."));
        Assert.That(server.Queue.Waiting.Any(entry => entry.CallSid == callSid), Is.True);
    }

    [Test]
    public async Task HoldKey_Five_TagsTheCallerAsAVictimAndSaysWhatThatMeansInTheirLanguage()
    {
        var callSid = await QueuedAsync("10*");

        var twiml = await server.TwimlAsync("/twilio/voice/hold/key?language=ru", Call(callSid, ("Digits", "5")));

        Assert.That(Said(twiml).Single().Text, Is.EqualTo("Спасибо. Консультант, обученный помощи пострадавшим от преступлений, ответит вам как можно скорее. Пожалуйста, оставайтесь на линии."));
        Assert.That(server.Queue.Log, Does.Contain($"tag {callSid} victim-support"));
        Assert.That(twiml.Root!.Descendants("Leave"), Is.Empty, "the caller stays in line");
    }

    [Test]
    public async Task HoldKey_Nine_LeavesAndTheEnqueueActionSaysGoodbye()
    {
        var callSid = await QueuedAsync("2*");

        var leave = await server.TwimlAsync("/twilio/voice/hold/key?language=en", Call(callSid, ("Digits", "9")));
        var after = await server.TwimlAsync("/twilio/voice/queue-result?language=en", Call(callSid, ("QueueResult", "leave"), ("QueueSid", "QU1"), ("QueueTime", "40")));

        Assert.That(leave.Root!.Elements().Single().Name.LocalName, Is.EqualTo("Leave"));
        Assert.That(Said(after).Single().Text, Is.EqualTo("Thank you for calling 1345. Goodbye."));
        Assert.That(server.Queue.Log, Does.Contain($"leave {callSid} left"));
    }

    [Test]
    public async Task QueueResult_Hangup_LeavesTheQueue()
    {
        var callSid = await QueuedAsync("3*");

        await server.TwimlAsync("/twilio/voice/queue-result?language=zh", Call(callSid, ("QueueResult", "hangup")));

        Assert.That(server.Queue.Waiting.Any(entry => entry.CallSid == callSid), Is.False);
    }

    [Test]
    public async Task Status_Completed_LeavesTheQueueAndRecordsTheEndOnce()
    {
        var callSid = await QueuedAsync("1*");
        var status = Call(callSid, ("CallStatus", "completed"), ("CallDuration", "95"), ("SequenceNumber", "3"), ("CallbackSource", "call-progress-events"));

        var first = await server.PostAsync("/twilio/voice/status", status);
        var retry = await server.PostAsync("/twilio/voice/status", status);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(server.Queue.Waiting.Any(entry => entry.CallSid == callSid), Is.False);
        var ended = (await server.EventsAsync(callSid)).Where(e => e.Type == CallEventTypes.CallEnded).ToList();
        Assert.That(ended.Select(e => e.EventId).Distinct().Single(), Is.EqualTo($"{callSid}:ended"));
        Assert.That(ended[0].Fields["duration"], Is.EqualTo("95"));
    }
}
