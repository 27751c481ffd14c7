using System.Net;
using System.Net.Http.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Hours;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Tests.Ivr;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Hours;

/// <summary>
/// One rule for a language code (LanguageCode): a language operations staff add through the hours API is served by
/// the hold, queue and transfer webhooks, and a code the hours API refuses is refused by them too.
/// </summary>
public sealed class LanguageCodeAgreementTests
{
    private IvrTestServer server = null!;
    private HttpClient operations = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        server = await IvrTestServer.StartAsync();
        operations = await server.Factory.CreateSignedInClientAsync(Roles.Operations);
    }

    [OneTimeTearDown]
    public async Task Stop() => await server.DisposeAsync();

    [TestCase("fil", 31)]
    [TestCase("abcd", 32)]
    [TestCase("zh-TW", 33)]
    public async Task LanguageAcceptedByTheHoursApi_IsAcceptedByTheHoldAndQueueWebhooks(string code, int menuNumber)
    {
        (await operations.PutAsJsonAsync($"/api/ivr/languages/{code}", Update(menuNumber))).EnsureSuccessStatusCode();
        var callSid = NewCallSid();

        await server.TwimlAsync($"/twilio/voice/hold?language={code}", Call(callSid, ("QueuePosition", "1"), ("QueueSid", "QU1"), ("QueueTime", "30")));
        await server.TwimlAsync($"/twilio/voice/hold/key?language={code}", Call(callSid, ("Digits", "5")));
        await server.TwimlAsync($"/twilio/voice/transferred/{code}", Call(callSid));
        await server.TwimlAsync($"/twilio/voice/on-hold/{code}", Call(callSid));
        await server.TwimlAsync($"/twilio/voice/queue-result?language={code}", Call(callSid, ("QueueResult", "hangup")));
    }

    [TestCase("Ko")]
    [TestCase("ko_KR")]
    [TestCase("zh-Hant-TW")]
    public async Task LanguageRefusedByTheHoursApi_IsRefusedByTheWebhooks(string code)
    {
        var put = await operations.PutAsJsonAsync($"/api/ivr/languages/{code}", Update(40));
        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await put.Content.ReadAsStringAsync());

        Assert.That((await server.PostAsync($"/twilio/voice/hold?language={code}", Call(NewCallSid()))).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await server.PostAsync($"/twilio/voice/transferred/{code}", Call(NewCallSid()))).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private static LanguageUpdate Update(int menuNumber) =>
        new("Test language", menuNumber, null, null, Enabled: true, [new OpeningPeriod(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(18, 0))]);
}
