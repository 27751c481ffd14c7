using System.Net.Http.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Ivr;
using Ivr.Server.Tests.Infrastructure;
using static Ivr.Server.Configuration.RememberedLanguageApi;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Ivr;

/// <summary>What operations staff's setting does to callers: off stops offering and remembering; fewer days offer less.</summary>
public sealed class RememberedLanguageSwitchTests
{
    private const string Incoming = "/twilio/voice/incoming";
    private const string KoreanGreeting = "안녕하십니까. 법무부 외국인종합안내센터 1345입니다.";
    private IvrTestServer server = null!;
    private HttpClient operations = null!;

    [SetUp]
    public async Task StartServer()
    {
        server = await IvrTestServer.StartAsync();
        operations = await server.Factory.CreateSignedInClientAsync(Roles.Operations);
    }

    [TearDown]
    public async Task StopServer() => await server.DisposeAsync();

    [Test]
    public async Task Off_ViaTheApi_StopsOfferingAndRemembering()
    {
        var known = RememberedCallers.NewNumber();
        await RememberedCallers.ChooseAsync(server, known, "4*");

        (await operations.PutAsJsonAsync("/api/ivr/remembered-language", new RememberedLanguageUpdate(0))).EnsureSuccessStatusCode();

        Assert.That(Said(await server.TwimlAsync(Incoming, Call(NewCallSid(), ("From", known))))[0], Is.EqualTo(("ko-KR", KoreanGreeting)));
        var stranger = RememberedCallers.NewNumber();
        await RememberedCallers.ChooseAsync(server, stranger, "3*");
        Assert.That(await RememberedCallers.EntryAsync(server, stranger), Is.Null);
        var now = await operations.GetFromJsonAsync<HearNowApi.HearNow>("/api/ivr/now");
        Assert.That(now!.RememberedLanguageDays, Is.Zero);
        Assert.That(now.Languages.Select(language => language.RememberedOffer), Is.All.Null);
    }

    [Test]
    public async Task FewerDays_StopOfferingOlderChoicesAtOnce()
    {
        var caller = RememberedCallers.NewNumber();
        await RememberedCallers.ChooseAsync(server, caller, "4*");
        server.Clock.Advance(TimeSpan.FromDays(10));
        Assert.That(Said(await server.TwimlAsync(Incoming, Call(NewCallSid(), ("From", caller)))).Single().Language, Is.EqualTo("vi-VN"));

        // Ten days on, the morning's sign-in has expired.
        var signedInNow = await server.Factory.CreateSignedInClientAsync(Roles.Operations);

        (await signedInNow.PutAsJsonAsync("/api/ivr/remembered-language", new RememberedLanguageUpdate(7))).EnsureSuccessStatusCode();

        Assert.That(Said(await server.TwimlAsync(Incoming, Call(NewCallSid(), ("From", caller))))[0], Is.EqualTo(("ko-KR", KoreanGreeting)));
    }

    [Test]
    public async Task HearNow_ShowsTheOfferEachLanguagesCallersHear()
    {
        var now = await operations.GetFromJsonAsync<HearNowApi.HearNow>("/api/ivr/now");

        Assert.That(now!.RememberedLanguageDays, Is.EqualTo(30));
        var vietnamese = now.Languages.Single(language => language.Code == "vi");
        Assert.That(vietnamese.RememberedOffer, Does.Contain("Để tiếp tục bằng tiếng Việt, bấm phím sao."));
        Assert.That(vietnamese.RememberedOffer, Does.Contain("finishOnKey=\"*\""));
        Assert.That(now.Languages.Single(language => language.Code == "km").RememberedOffer, Does.Contain("To continue in Khmer, press star."));
    }
}
