using System.Net;
using System.Net.Http.Json;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.Hours;
using Ivr.Server.Ivr;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Tests.Ivr;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Hours;

/// <summary>
/// A holiday today (Monday 30 November 2026 in the test clock) keeping Korean, English and Chinese open 10:00-17:00,
/// over the real server with signed webhooks: who queues, who hears the holiday closure, what "hear now" shows.
/// </summary>
public sealed class HolidayServiceTests
{
    private const string Incoming = "/twilio/voice/incoming";
    private const string Today = "2026-11-30";

    private static readonly HolidayName Chuseok = new("Chuseok", new Dictionary<string, IReadOnlyList<HolidayHours>>
    {
        ["ko"] = [new("10:00", "17:00")],
        ["en"] = [new("10:00", "17:00")],
        ["zh"] = [new("10:00", "17:00")],
    });

    private IvrTestServer server = null!;
    private HttpClient operations = null!;

    [SetUp]
    public async Task StartServer()
    {
        server = await IvrTestServer.StartAsync(TestHours.Monday(12));
        operations = await server.Factory.CreateSignedInClientAsync(Roles.Operations);
        var put = await operations.PutAsJsonAsync($"/api/ivr/holidays/{Today}", Chuseok);
        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await put.Content.ReadAsStringAsync());
    }

    [TearDown]
    public async Task StopServer()
    {
        operations.Dispose();
        await server.DisposeAsync();
    }

    [Test]
    public async Task Vietnamese_OnAHolidayWithThreeLanguagesOpen_HearsTheHolidayClosureAndTheOfferOfKorean()
    {
        var callSid = NewCallSid();

        var twiml = await server.PressAsync(await server.TwimlAsync(Incoming, Call(callSid)), callSid, "4*");

        var said = Said(twiml);
        Assert.That(said[0], Is.EqualTo(((string?)"vi-VN",
            "Hôm nay là ngày lễ, không có tư vấn Tiếng Việt. Giờ tư vấn tiếp theo bắt đầu vào Thứ Ba lúc 09:00, giờ Hàn Quốc.")));
        Assert.That(said[1], Is.EqualTo(((string?)"vi-VN", "Hiện có tư vấn 한국어. Bấm 1 rồi bấm phím sao.")));
        Assert.That(twiml.Descendants("Enqueue"), Is.Empty);
        Assert.That(server.Queue.Waiting, Is.Empty);
    }

    [Test]
    public async Task English_WithinTheHolidayHours_IsQueued()
    {
        var callSid = NewCallSid();

        var twiml = await server.PressAsync(await server.TwimlAsync(Incoming, Call(callSid)), callSid, "2*");

        Assert.That(twiml.Descendants("Enqueue").Single().Value, Is.EqualTo("en"));
        Assert.That(server.Queue.Waiting.Select(entry => (entry.CallSid, entry.Language)), Is.EqualTo(new[] { (callSid, "en") }));
    }

    [Test]
    public async Task English_AfterTheHolidayHours_HearsTheHolidayClosure()
    {
        server.MondayAt(18);
        var callSid = NewCallSid();

        var twiml = await server.PressAsync(await server.TwimlAsync(Incoming, Call(callSid)), callSid, "2*");

        Assert.That(Said(twiml)[0], Is.EqualTo(((string?)"en-US",
            "Today is a public holiday and counselling in English is closed. It opens on Tuesday at 09:00, Korea time.")));
        Assert.That(twiml.Descendants("Enqueue"), Is.Empty);
        Assert.That(server.Queue.Waiting, Is.Empty);
    }

    [Test]
    public async Task HearNow_OnTheHoliday_ShowsItAndWhichLanguagesQueue()
    {
        var now = await operations.GetFromJsonAsync<HearNowApi.HearNow>("/api/ivr/now");

        var steps = now!.Languages.ToDictionary(language => language.Code, language => (language.Open, language.Step));
        Assert.Multiple(() =>
        {
            Assert.That(now.Holiday, Is.EqualTo("Chuseok"));
            Assert.That(new[] { steps["ko"], steps["en"], steps["zh"] }, Is.All.EqualTo((true, "queue")));
            Assert.That(steps["vi"], Is.EqualTo((false, "holiday")));
            Assert.That(now.Languages.Single(language => language.Code == "vi").NextOpening, Is.EqualTo("2026-12-01T09:00"));
            Assert.That(server.Queue.Log, Is.Empty);
        });
    }

    [Test]
    public async Task Holidays_ListAndAudit_CarryTheOpenLanguages()
    {
        var holidays = await operations.GetFromJsonAsync<List<HolidayView>>("/api/ivr/holidays");
        var audit = await operations.GetFromJsonAsync<AuditApi.AuditPage>("/api/audit?action=holiday.put");

        var holiday = holidays!.Single();
        Assert.That((holiday.Date, holiday.Name), Is.EqualTo((new DateOnly(2026, 11, 30), "Chuseok")));
        Assert.That(holiday.OpenLanguages.Keys, Is.EquivalentTo(new[] { "ko", "en", "zh" }));
        Assert.That(holiday.OpenLanguages["en"], Is.EqualTo(new[] { new HolidayHours("10:00", "17:00") }));
        Assert.That(audit!.Entries.Single().Details, Is.EqualTo("Chuseok; open: en 10:00-17:00, ko 10:00-17:00, zh 10:00-17:00"));
    }

    [TestCase("""{"name":"X","openLanguages":{"EN":[{"from":"09:00","to":"18:00"}]}}""", "'EN' is not a language code")]
    [TestCase("""{"name":"X","openLanguages":{"xx":[{"from":"09:00","to":"18:00"}]}}""", "'xx' is not a language the center serves")]
    [TestCase("""{"name":"X","openLanguages":{"en":[{"from":"09:00","to":"24:30"}]}}""", "times must be HH:mm within the day")]
    [TestCase("""{"name":"X","openLanguages":{"en":[{"from":"18:00","to":"09:00"}]}}""", "must start before it ends")]
    [TestCase("""{"name":"X","openLanguages":{"zh":[{"from":"09:00","to":"12:00"},{"from":"11:00","to":"13:00"}]}}""", "09:00-12:00 and 11:00-13:00 overlap")]
    [TestCase("""{"name":"X","openLanguages":{"ko":[]}}""", "give 1 to 8 openings")]
    public async Task PutHoliday_InvalidOpenLanguages_Answers400SayingWhy(string body, string message)
    {
        var response = await operations.PutAsync("/api/ivr/holidays/2026-12-25", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(message));
        Assert.That((await operations.GetFromJsonAsync<List<HolidayView>>("/api/ivr/holidays"))!.Select(day => day.Name), Is.EqualTo(new[] { "Chuseok" }));
    }
}
