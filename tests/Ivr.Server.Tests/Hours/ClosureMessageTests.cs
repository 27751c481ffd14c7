using System.Net;
using System.Net.Http.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Hours;
using Ivr.Server.Ivr;
using Ivr.Server.Prompts;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Tests.Ivr;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Hours;

/// <summary>
/// The emergency closure with messages in Korean, English and Vietnamese, over the real server with signed webhooks:
/// a new caller hears each enabled language in turn, a language without a message falls back, the coverage says so.
/// </summary>
public sealed class ClosureMessageTests
{
    private const string Korean = "태풍으로 오늘 휴업합니다.";
    private const string English = "Closed today because of the typhoon.";
    private const string Vietnamese = "Hôm nay nghỉ vì bão.";

    private static readonly ClosureUpdate Typhoon = new(true, null, new Dictionary<string, string> { ["ko"] = Korean, ["en"] = English, ["vi"] = Vietnamese });

    private IvrTestServer server = null!;
    private HttpClient operations = null!;

    [SetUp]
    public async Task StartServer()
    {
        server = await IvrTestServer.StartAsync();
        operations = await server.Factory.CreateSignedInClientAsync(Roles.Operations);
    }

    [TearDown]
    public async Task StopServer()
    {
        operations.Dispose();
        await server.DisposeAsync();
    }

    [Test]
    public async Task NewCall_ClosureWithThreeMessages_HearsEachLanguageInTurnKoreanThenEnglishFirst()
    {
        (await operations.PutAsJsonAsync("/api/ivr/closure", Typhoon)).EnsureSuccessStatusCode();

        var twiml = await server.TwimlAsync("/twilio/voice/incoming", Call(NewCallSid()));

        var said = Said(twiml);
        Assert.That(said.Take(7), Is.EqualTo(new (string?, string)[]
        {
            ("ko-KR", "긴급한 사정으로 외국인종합안내센터 운영을 잠시 중단합니다. 나중에 다시 전화해 주십시오."),
            ("ko-KR", Korean),
            ("en-US", "Due to an emergency, the contact center is closed for now. Please call again later."),
            ("en-US", English),
            // Chinese has no message: its fallback (English) was said already.
            ("cmn-CN", "由于紧急情况，咨询中心暂停服务。请稍后再拨。"),
            ("vi-VN", "Do tình huống khẩn cấp, trung tâm tạm ngừng hoạt động. Vui lòng gọi lại sau."),
            ("vi-VN", Vietnamese),
        }));
        Assert.That(said, Is.Unique);
        Assert.That(said.Select(say => say.Language), Does.Contain("th-TH").And.Contain("arb"));
        Assert.That(twiml.Root!.Elements().Last().Name.LocalName, Is.EqualTo("Hangup"));
        Assert.That(twiml.Descendants("Gather"), Is.Empty);
    }

    [Test]
    public async Task HearNow_ClosureWithMessages_EachLanguageHearsItsOwnOrItsFallback()
    {
        (await operations.PutAsJsonAsync("/api/ivr/closure", Typhoon)).EnsureSuccessStatusCode();

        var now = await operations.GetFromJsonAsync<HearNowApi.HearNow>("/api/ivr/now");

        var twiml = now!.Languages.ToDictionary(language => language.Code, language => language.Twiml);
        Assert.Multiple(() =>
        {
            Assert.That(now.Closed, Is.True);
            Assert.That(now.ClosureMessages, Is.EquivalentTo(Typhoon.Messages!));
            Assert.That(twiml["vi"], Does.Contain(Vietnamese).And.Not.Contain(Korean).And.Not.Contain(English));
            Assert.That(twiml["th"], Does.Contain("เนื่องจากเหตุฉุกเฉิน").And.Contain(English));
            Assert.That(twiml["ko"], Does.Contain(Korean).And.Not.Contain(English));
        });
    }

    [Test]
    public async Task Coverage_ClosureWithMessages_ListsTheLanguagesThatHearAFallback()
    {
        (await operations.PutAsJsonAsync("/api/ivr/closure", Typhoon)).EnsureSuccessStatusCode();

        var rows = await operations.GetFromJsonAsync<List<PromptCoverageRow>>("/api/ivr/prompts/coverage");

        var fallingBack = rows!.Where(row => row.MessagesFallingBack.Contains(ClosureMessages.Key)).Select(row => row.Language).ToList();
        Assert.That(fallingBack, Does.Contain("th").And.Contain("zh").And.Contain("km"));
        Assert.That(fallingBack, Does.Not.Contain("ko").And.Not.Contain("en").And.Not.Contain("vi"));
        Assert.That(fallingBack, Has.Count.EqualTo(17));
    }

    [Test]
    public async Task Coverage_NoClosureMessage_ListsNothing()
    {
        var rows = await operations.GetFromJsonAsync<List<PromptCoverageRow>>("/api/ivr/prompts/coverage");

        Assert.That(rows!.SelectMany(row => row.MessagesFallingBack), Is.Empty);
    }

    [TestCase("""{"active":true,"messages":{"KO":"x"}}""", "'KO' is not a language code")]
    [TestCase("""{"active":true,"messages":{"xx":"x"}}""", "'xx' is not a language the center serves")]
    [TestCase("""{"active":true,"messages":{"en":"  "}}""", "messages.en must be 1 to 500 characters")]
    public async Task PutClosure_InvalidMessages_Answers400AndChangesNothing(string body, string message)
    {
        var response = await operations.PutAsync("/api/ivr/closure", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(message));
        Assert.That((await operations.GetFromJsonAsync<Closure>("/api/ivr/closure"))!.Active, Is.False);
    }

    [Test]
    public async Task PutClosure_MessageTooLong_Answers400()
    {
        var response = await operations.PutAsJsonAsync("/api/ivr/closure",
            new ClosureUpdate(true, null, new Dictionary<string, string> { ["en"] = new string('a', ClosureUpdate.MaxMessageLength + 1) }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
