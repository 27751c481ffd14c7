using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Configuration;
using Ivr.Server.Data;
using Ivr.Server.Menus;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Tests.Ivr;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Configuration;

/// <summary>Operations staff publish menus without a restart; calls in progress keep their version.</summary>
public sealed class MenuPublishingTests
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

    // Option 1 now goes straight to the visa branch: a visible, testable change.
    private static MenuDefinition Changed() => DefaultMenu.Definition with
    {
        Nodes = [.. DefaultMenu.Definition.Nodes.Select(node => node.Id == DefaultMenu.Main
            ? node with { Options = new Dictionary<string, string>(node.Options) { ["1"] = MenuActions.Node("visa"), ["2"] = MenuActions.Node("offices") } }
            : node)],
    };

    private async Task<int> DraftAsync(MenuDefinition menu)
    {
        var response = await operations.PostAsJsonAsync("/api/ivr/menus", new MenuDraftRequest(menu, "test"), JsonSerializerOptions.Web);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MenuDraftResponse>(JsonSerializerOptions.Web))!.Version.Version;
    }

    [Test, Order(1)]
    public async Task Publish_NewVersion_NewCallsHearItWhileACallInProgressKeepsItsVersion()
    {
        var before = NewCallSid();
        var beforeMenu = await server.TwimlAsync("/twilio/voice/incoming", Call(before));
        var version = await DraftAsync(Changed());

        var publish = await operations.PostAsync($"/api/ivr/menus/{version}/publish", null);

        Assert.That(publish.StatusCode, Is.EqualTo(HttpStatusCode.OK), await publish.Content.ReadAsStringAsync());
        var after = NewCallSid();
        var afterOne = await server.PressAsync(await server.TwimlAsync("/twilio/voice/incoming", Call(after)), after, "1");
        var beforeOne = await server.PressAsync(beforeMenu, before, "1");
        Assert.That(Said(afterOne).Select(say => say.Text), Does.Contain("To check your visa confirmation, visit the Korea Visa Portal website and search with your passport number."));
        Assert.That(Said(beforeOne).Select(say => say.Text), Does.Contain("Counselling in English is available on weekdays from 09:00 to 22:00, Korea time."));

        var rollback = await operations.PostAsync("/api/ivr/menus/1/rollback", null);
        Assert.That(rollback.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var rolledBack = NewCallSid();
        var rolledBackOne = await server.PressAsync(await server.TwimlAsync("/twilio/voice/incoming", Call(rolledBack)), rolledBack, "1");
        Assert.That(Said(rolledBackOne).Select(say => say.Text), Does.Contain("Counselling in English is available on weekdays from 09:00 to 22:00, Korea time."));
        Assert.That(await AuditActionsAsync(), Is.SupersetOf(new[] { "menu.draft", "menu.publish", "menu.rollback" }));
    }

    [Test]
    public async Task Publish_InvalidMenu_IsRefusedNamingTheNodeAndWhy()
    {
        var broken = DefaultMenu.Definition with
        {
            Nodes = [.. DefaultMenu.Definition.Nodes.Select(node => node.Id == "visa" ? node with { DefaultAction = MenuActions.Node("lost") } : node)],
        };
        var version = await DraftAsync(broken);

        var publish = await operations.PostAsync($"/api/ivr/menus/{version}/publish", null);

        var problem = await publish.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(publish.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.GetProperty("errors").GetProperty("visa")[0].GetString(), Is.EqualTo("node 'visa': option 'default' goes to node 'lost', which does not exist"));
        var list = await operations.GetFromJsonAsync<List<MenuVersionSummary>>("/api/ivr/menus", JsonSerializerOptions.Web);
        Assert.That(list!.Single(item => item.Version == version).Active, Is.False);
    }

    [Test]
    public async Task Publish_NodeWithQueueTags_CallersQueuedFromItCarryTheTags()
    {
        var main = DefaultMenu.Definition.Find(DefaultMenu.Main)!;
        var victims = main with { Id = "victims", QueueTags = ["victim-support"] };
        var withVictims = DefaultMenu.Definition with
        {
            Nodes = [.. DefaultMenu.Definition.Nodes.Select(node => node.Id == DefaultMenu.Main
                ? node with { Options = new Dictionary<string, string>(node.Options) { ["9"] = MenuActions.Node("victims") } }
                : node), victims],
        };
        var publish = await operations.PostAsync($"/api/ivr/menus/{await DraftAsync(withVictims)}/publish", null);
        try
        {
            Assert.That(publish.StatusCode, Is.EqualTo(HttpStatusCode.OK), await publish.Content.ReadAsStringAsync());
            var victim = NewCallSid();
            var ordinary = NewCallSid();

            await server.PressAsync(await server.PressAsync(await server.TwimlAsync("/twilio/voice/incoming", Call(victim)), victim, "9"), victim, "0");
            await server.PressAsync(await server.TwimlAsync("/twilio/voice/incoming", Call(ordinary)), ordinary, "0");

            Assert.That(server.Queue.Waiting.Single(entry => entry.CallSid == victim).Tags, Is.EqualTo(new[] { "victim-support" }));
            Assert.That(server.Queue.Waiting.Single(entry => entry.CallSid == ordinary).Tags, Is.Empty);
        }
        finally
        {
            await operations.PostAsync("/api/ivr/menus/1/rollback", null);
        }
    }

    [Test]
    public async Task Preview_NodeInALanguage_IsTheTwimlACallerWouldGet()
    {
        var response = await operations.GetAsync("/api/ivr/menus/1/preview?node=fax&language=ja");

        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body, Does.Contain("<Say voice=\"Polly.Mizuki\" language=\"ja-JP\">雇用主による外国人雇用変動の申告は"));
    }

    [Test]
    public async Task Preview_WithoutBargeIn_PlaysThePromptsBeforeAnEmptyGather()
    {
        var version = await DraftAsync(DefaultMenu.Definition with { BargeIn = false });

        var body = await (await operations.GetAsync($"/api/ivr/menus/{version}/preview?node=visa&language=en")).Content.ReadAsStringAsync();

        var twiml = System.Xml.Linq.XDocument.Parse(body);
        Assert.That(twiml.Descendants("Gather").Single().HasElements, Is.False);
        Assert.That(twiml.Root!.Elements().Select(element => element.Name.LocalName), Is.EqualTo(new[] { "Say", "Say", "Gather" }));
    }

    [Test]
    public async Task Closure_SwitchedOn_NewCallsHearTheClosureAndHangUp()
    {
        var on = await operations.PutAsJsonAsync("/api/ivr/closure", new { active = true, message = "태풍으로 휴업합니다." });
        try
        {
            Assert.That(on.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var twiml = await server.TwimlAsync("/twilio/voice/incoming", Call(NewCallSid()));

            // The message is the default language's (Korean): said once, after the Korean closure prompt; then every
            // other language's closure prompt in turn.
            var said = Said(twiml).Select(say => say.Text).ToList();
            Assert.That(said.Take(3), Is.EqualTo(new[]
            {
                "긴급한 사정으로 외국인종합안내센터 운영을 잠시 중단합니다. 나중에 다시 전화해 주십시오.",
                "태풍으로 휴업합니다.",
                "Due to an emergency, the contact center is closed for now. Please call again later.",
            }));
            Assert.That(said.Count(text => text == "태풍으로 휴업합니다."), Is.EqualTo(1));
            Assert.That(twiml.Descendants("Hangup").Count(), Is.EqualTo(1));
        }
        finally
        {
            await operations.PutAsJsonAsync("/api/ivr/closure", new { active = false });
        }
        Assert.That(await AuditActionsAsync(), Is.SupersetOf(new[] { "closure.on", "closure.off" }));
    }

    [Test]
    public async Task Holiday_Today_ClosesKoreanAndIsAudited()
    {
        var today = server.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd");
        var put = await operations.PutAsJsonAsync($"/api/ivr/holidays/{today}", new { name = "Test day" });
        try
        {
            Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            var callSid = NewCallSid();
            var twiml = await server.PressAsync(await server.TwimlAsync("/twilio/voice/incoming", Call(callSid)), callSid, "1*");
            Assert.That(Said(twiml)[0].Text, Does.StartWith("오늘은 공휴일이라 한국어 상담을 하지 않습니다."));
        }
        finally
        {
            await operations.DeleteAsync($"/api/ivr/holidays/{today}");
        }
        Assert.That(await AuditActionsAsync(), Is.SupersetOf(new[] { "holiday.put", "holiday.delete" }));
    }

    [Test]
    public async Task Language_EditedSchedule_ChangesTheHoursCallersHear()
    {
        var update = new
        {
            nativeName = "ไทย", menuNumber = 5, sayLanguage = "th-TH", sayVoice = (string?)null, enabled = true,
            schedule = Enumerable.Range(1, 5).Select(day => new { day = day, open = "08:00:00", close = "20:00:00" }),
        };
        var put = await operations.PutAsJsonAsync("/api/ivr/languages/th", update);
        var bad = await operations.PutAsJsonAsync("/api/ivr/languages/th", update with { menuNumber = 3 });

        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK), await put.Content.ReadAsStringAsync());
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var preview = await (await operations.GetAsync("/api/ivr/menus/1/preview?node=offices&language=th")).Content.ReadAsStringAsync();
        Assert.That(preview, Does.Contain("เปิดวันจันทร์ถึงวันศุกร์ เวลา 08:00 ถึง 20:00"));
        Assert.That(await AuditActionsAsync(), Does.Contain("language.put"));
    }

    [Test]
    public async Task Compare_NamesTheChangedOptionsOfTheChangedNode()
    {
        var version = await DraftAsync(Changed());

        var differences = (await operations.GetFromJsonAsync<List<MenuComparison.Difference>>($"/api/ivr/menus/1/compare/{version}", JsonSerializerOptions.Web))!;
        var missing = await operations.GetAsync($"/api/ivr/menus/1/compare/{version + 100}");

        Assert.That(differences.Select(difference => (difference.Path, difference.Change)), Is.EqualTo(new[] { ("nodes/main/options", "changed") }));
        Assert.That(differences[0].After?["1"]?.GetValue<string>(), Is.EqualTo(MenuActions.Node("visa")));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task OpenApi_DescribesTheOperationsEndpoints()
    {
        // Outside Development the document is for signed-in staff.
        var document = await operations.GetStringAsync("/openapi/v1.json");

        Assert.That(document, Does.Contain("/api/ivr/menus/{version}/publish").And.Contain("/api/ivr/closure").And.Contain("/api/ivr/prompts/{language}/{key}/recording"));
        Assert.That(document, Does.Not.Contain("/twilio/voice"));
    }

    [Test]
    public async Task Supervisor_MayReadButNotPublish()
    {
        var supervisor = await server.Factory.CreateSignedInClientAsync(Roles.Supervisor);

        Assert.That((await supervisor.GetAsync("/api/ivr/menus")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await supervisor.PostAsync("/api/ivr/menus/1/publish", null)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task<List<string>> AuditActionsAsync()
    {
        await using var scope = server.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IvrDbContext>().Set<AuditEntry>().Select(entry => entry.Action).ToListAsync();
    }
}
