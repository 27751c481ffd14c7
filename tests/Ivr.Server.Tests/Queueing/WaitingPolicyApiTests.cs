using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ivr.Acd.Engine;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.Configuration;
using Ivr.Server.Menus;
using Ivr.Server.Queueing;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Ivr.Server.Queueing.WaitingPolicyApi;

namespace Ivr.Server.Tests.Queueing;

/// <summary>
/// <c>/api/ivr/waiting</c>: the configuration's callback and maximum-wait settings are the defaults until operations
/// staff save a language's own; each save is validated field by field, audited, and reaches the snapshot and the ACD.
/// </summary>
public sealed class WaitingPolicyApiTests
{
    private const string Path = "/api/ivr/waiting";
    private IvrServerFactory factory = null!;

    [SetUp]
    public async Task StartServer() => factory = await IvrServerFactory.StartAsync(new Dictionary<string, string?>
    {
        ["Callbacks:OfferAbove"] = "00:02:00",
        ["Callbacks:OfferAboveByLanguage:th"] = "00:05:00",
        ["MaxWait:Languages:th:After"] = "00:10:00",
        ["MaxWait:Languages:th:Offer"] = "message",
    });

    [TearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public async Task Get_NothingSaved_EveryLanguageWithTheConfigurationsDefaults()
    {
        var supervisor = await factory.CreateSignedInClientAsync(Roles.Supervisor);

        var all = await supervisor.GetFromJsonAsync<List<WaitingPolicyView>>(Path);

        Assert.That(all!, Has.Count.EqualTo(20));
        Assert.That(all!.Single(view => view.Language == "th"),
            Is.EqualTo(new WaitingPolicyView("th", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10), "message", null, false, null, null)));
        Assert.That(all!.Single(view => view.Language == "vi"),
            Is.EqualTo(new WaitingPolicyView("vi", TimeSpan.FromMinutes(2), null, "callback", null, false, null, null)));
    }

    [Test]
    public async Task Put_VietnameseThreeMinutesThenEnglish_IsSavedAuditedAndInTheSnapshotAndTheAcd()
    {
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);

        var response = await operations.PutAsJsonAsync(Path + "/vi", new WaitingPolicyUpdate(null, TimeSpan.FromMinutes(3), "language", "en"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var vi = (await operations.GetFromJsonAsync<List<WaitingPolicyView>>(Path))!.Single(view => view.Language == "vi");
        Assert.That((vi.CallbackOfferAbove, vi.MaxWait, vi.MaxWaitOutcome, vi.OverflowLanguage, vi.Saved),
            Is.EqualTo(((TimeSpan?)null, (TimeSpan?)TimeSpan.FromMinutes(3), "language", (string?)"en", true)));
        Assert.That(vi.ChangedBy, Does.StartWith("operations-"));
        var snapshot = factory.Services.GetRequiredService<ConfigurationCache>().Loaded!;
        Assert.That(snapshot.WaitingPolicies["vi"], Is.EqualTo(new WaitingPolicy(null, TimeSpan.FromMinutes(3), MaxWaitOffer.Language, "en")));
        var rules = factory.Services.GetRequiredService<AcdEngine>().Settings.Rules;
        Assert.That(rules.Single(rule => rule.Language == "vi").Overflow?.ToLanguage, Is.EqualTo("en"));
        var audit = await operations.GetFromJsonAsync<AuditApi.AuditPage>("/api/audit?action=waiting");
        Assert.That(audit!.Entries.Select(entry => (entry.Action, entry.Subject)), Is.EqualTo(new[] { ("waiting.put", "waiting:vi") }));
        Assert.That(audit.Entries[0].Details, Does.Contain("\"maxWait\":\"00:03:00\"").And.Contain("\"overflowLanguage\":\"en\""));
    }

    [Test]
    public async Task Put_MaximumWaitOffAgain_TheAcdNoLongerOverflows()
    {
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        (await operations.PutAsJsonAsync(Path + "/vi", new WaitingPolicyUpdate(null, TimeSpan.FromMinutes(3), "language", "en"))).EnsureSuccessStatusCode();

        (await operations.PutAsJsonAsync(Path + "/vi", new WaitingPolicyUpdate(TimeSpan.Zero, null, null, null))).EnsureSuccessStatusCode();

        var rules = factory.Services.GetRequiredService<AcdEngine>().Settings.Rules;
        Assert.That(rules.Single(rule => rule.Language == "vi").Overflow, Is.Null);
        var vi = (await operations.GetFromJsonAsync<List<WaitingPolicyView>>(Path))!.Single(view => view.Language == "vi");
        Assert.That((vi.CallbackOfferAbove, vi.MaxWait), Is.EqualTo(((TimeSpan?)TimeSpan.Zero, (TimeSpan?)null)));
    }

    private static IEnumerable<TestCaseData> Invalid()
    {
        yield return new TestCaseData(new WaitingPolicyUpdate(TimeSpan.FromHours(3), null, null, null), "callbackOfferAbove").SetName("Threshold above 2 h");
        yield return new TestCaseData(new WaitingPolicyUpdate(TimeSpan.FromMinutes(-1), null, null, null), "callbackOfferAbove").SetName("Negative threshold");
        yield return new TestCaseData(new WaitingPolicyUpdate(null, TimeSpan.Zero, "message", null), "maxWait").SetName("Zero maximum wait");
        yield return new TestCaseData(new WaitingPolicyUpdate(null, TimeSpan.FromHours(3), "message", null), "maxWait").SetName("Maximum wait above 2 h");
        yield return new TestCaseData(new WaitingPolicyUpdate(null, TimeSpan.FromMinutes(3), "transfer", null), "maxWaitOutcome").SetName("Unknown outcome");
        yield return new TestCaseData(new WaitingPolicyUpdate(null, TimeSpan.FromMinutes(3), null, null), "maxWaitOutcome").SetName("No outcome");
        yield return new TestCaseData(new WaitingPolicyUpdate(null, TimeSpan.FromMinutes(3), "callback", null), "maxWaitOutcome").SetName("Callback while callbacks are off");
        yield return new TestCaseData(new WaitingPolicyUpdate(null, TimeSpan.FromMinutes(3), "language", "vi"), "overflowLanguage").SetName("Overflow to itself");
        yield return new TestCaseData(new WaitingPolicyUpdate(null, TimeSpan.FromMinutes(3), "language", "xx"), "overflowLanguage").SetName("Overflow to a language not configured");
        yield return new TestCaseData(new WaitingPolicyUpdate(null, TimeSpan.FromMinutes(3), "language", null), "overflowLanguage").SetName("Overflow without a language");
        yield return new TestCaseData(new WaitingPolicyUpdate(null, TimeSpan.FromMinutes(3), "message", "en"), "overflowLanguage").SetName("Overflow language with a message");
    }

    [TestCaseSource(nameof(Invalid))]
    public async Task Put_Invalid_IsRefusedNamingTheFieldAndNothingChanges(WaitingPolicyUpdate update, string field)
    {
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);

        var response = await operations.PutAsJsonAsync(Path + "/vi", update);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<Problem>();
        Assert.That(problem!.Errors.Keys, Is.EquivalentTo(new[] { field }));
        Assert.That((await operations.GetFromJsonAsync<List<WaitingPolicyView>>(Path))!.Single(view => view.Language == "vi").Saved, Is.False);
    }

    [Test]
    public async Task Put_MessageWhileTheMenuHasNoMessageKey_IsRefused()
    {
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        await PublishWithoutMessageKeyAsync(operations);

        var response = await operations.PutAsJsonAsync(Path + "/vi", new WaitingPolicyUpdate(null, TimeSpan.FromMinutes(3), "message", null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.Content.ReadFromJsonAsync<Problem>())!.Errors.Keys, Is.EquivalentTo(new[] { "maxWaitOutcome" }));
    }

    [Test]
    public async Task Put_UnknownLanguage_IsNotFound()
    {
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);

        var response = await operations.PutAsJsonAsync(Path + "/xx", new WaitingPolicyUpdate(null, null, null, null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Put_AsSupervisorOrCounselor_IsForbidden()
    {
        foreach (var role in new[] { Roles.Supervisor, Roles.Counselor })
        {
            var client = await factory.CreateSignedInClientAsync(role);
            var response = await client.PutAsJsonAsync(Path + "/vi", new WaitingPolicyUpdate(null, null, null, null));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), role);
        }
    }

    [Test]
    public async Task Publish_WithoutTheMessageKeyThaisMaximumWaitOffers_IsRefusedNamingThaiAndTheOption()
    {
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        var active = (await factory.Services.GetRequiredService<ConfigurationCache>().GetAsync(CancellationToken.None)).ActiveVersion;

        var response = await PublishAsync(operations, Without(MenuActions.Message));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.Content.ReadFromJsonAsync<Problem>())!.Errors;
        Assert.That(errors.Keys, Is.EquivalentTo(new[] { MenuPublisher.HoldOptionsField }));
        Assert.That(errors[MenuPublisher.HoldOptionsField].Single(), Does.Contain("language th").And.Contain("'message'"));
        Assert.That((await factory.Services.GetRequiredService<ConfigurationCache>().GetAsync(CancellationToken.None)).ActiveVersion, Is.EqualTo(active),
            "the active menu stays");
    }

    [Test]
    public async Task Publish_WithoutTheOverflowKeyASavedPolicyOffers_IsRefused_AndOnceThePolicyNoLongerOffersIt_IsPublished()
    {
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        (await operations.PutAsJsonAsync(Path + "/vi", new WaitingPolicyUpdate(null, TimeSpan.FromMinutes(3), "language", "en"))).EnsureSuccessStatusCode();

        var refused = await PublishAsync(operations, Without(MenuActions.Overflow));
        (await operations.PutAsJsonAsync(Path + "/vi", new WaitingPolicyUpdate(null, TimeSpan.FromMinutes(3), "message", null))).EnsureSuccessStatusCode();
        var published = await PublishAsync(operations, Without(MenuActions.Overflow));

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await refused.Content.ReadFromJsonAsync<Problem>())!.Errors[MenuPublisher.HoldOptionsField].Single(),
            Does.Contain("language vi").And.Contain("'overflow'"));
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await factory.Services.GetRequiredService<ConfigurationCache>().GetAsync(CancellationToken.None)).ActiveMenu.HoldOptions.Values,
            Has.No.Member(MenuActions.Overflow));
    }

    [Test]
    public async Task Rollback_ToAVersionWithoutTheMessageKeyThaiNowNeeds_IsRefused()
    {
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        await PublishWithoutMessageKeyAsync(operations);
        var withoutKey = (await factory.Services.GetRequiredService<ConfigurationCache>().GetAsync(CancellationToken.None)).ActiveVersion;
        (await PublishAsync(operations, DefaultMenu.Definition)).EnsureSuccessStatusCode();
        (await operations.PutAsJsonAsync(Path + "/th", new WaitingPolicyUpdate(null, TimeSpan.FromMinutes(10), "message", null))).EnsureSuccessStatusCode();

        var response = await operations.PostAsync($"/api/ivr/menus/{withoutKey}/rollback", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.Content.ReadFromJsonAsync<Problem>())!.Errors[MenuPublisher.HoldOptionsField].Single(), Does.Contain("language th"));
        Assert.That((await factory.Services.GetRequiredService<ConfigurationCache>().GetAsync(CancellationToken.None)).ActiveMenu.HoldOptions.Values,
            Has.Member(MenuActions.Message));
    }

    /// <summary>Thai's maximum wait (the configuration's) offers a message: switched off first, so a menu without the key may be published.</summary>
    private static async Task PublishWithoutMessageKeyAsync(HttpClient operations)
    {
        (await operations.PutAsJsonAsync(Path + "/th", new WaitingPolicyUpdate(null, null, null, null))).EnsureSuccessStatusCode();
        (await PublishAsync(operations, Without(MenuActions.Message))).EnsureSuccessStatusCode();
    }

    private static MenuDefinition Without(string action) =>
        DefaultMenu.Definition with { HoldOptions = DefaultMenu.Definition.HoldOptions.Where(option => option.Value != action).ToDictionary() };

    private static async Task<HttpResponseMessage> PublishAsync(HttpClient operations, MenuDefinition menu)
    {
        var draft = await operations.PostAsJsonAsync("/api/ivr/menus", new MenuDraftRequest(menu, "hold options"), JsonSerializerOptions.Web);
        draft.EnsureSuccessStatusCode();
        var version = (await draft.Content.ReadFromJsonAsync<MenuDraftResponse>(JsonSerializerOptions.Web))!.Version.Version;
        return await operations.PostAsync($"/api/ivr/menus/{version}/publish", null);
    }

    private sealed record Problem(Dictionary<string, string[]> Errors);
}
