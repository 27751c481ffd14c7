using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ivr.Server.Alerts;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Tests.Instances;

namespace Ivr.Server.Tests.Alerts;

/// <summary>Acknowledging (who may, the audit, the push to every console) and the rules' API.</summary>
public sealed class AlertsApiTests
{
    [Test]
    public async Task Acknowledgement_IsPushedToEveryConsole_AuditedWithWho_AndOnlyStaffOfTheConsoleMay()
    {
        await using var center = await AlertsCenter.StartAsync(kestrel: true);
        var supervisor = await center.Server.CreateSignedInClientAsync(Roles.Supervisor);
        var token = supervisor.DefaultRequestHeaders.Authorization!.Parameter!;
        var operationsToken = center.Operations.DefaultRequestHeaders.Authorization!.Parameter!;
        await using var first = await HubWatcher.ConnectAsync(center.Server.KestrelAddress!, AlertsHub.Path, AlertsHub.Message, token);
        await using var second = await HubWatcher.ConnectAsync(center.Server.KestrelAddress!, AlertsHub.Path, AlertsHub.Message, operationsToken);
        await center.WaitingAsync(3);
        await center.EvaluateAsync();
        var alert = (await center.AlertsAsync()).Open.Single();
        await AlertsCenter.EventuallyAsync(() => Pushed(first, "raised", alert.Id) && Pushed(second, "raised", alert.Id), "both consoles are pushed the alert");

        var counselor = await center.Server.CreateSignedInClientAsync(Roles.Counselor);
        Assert.That((await counselor.PostAsync($"/api/alerts/{alert.Id}/acknowledge", null)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await center.Server.CreateClient().PostAsync($"/api/alerts/{alert.Id}/acknowledge", null)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await supervisor.PostAsync("/api/alerts/999999/acknowledge", null)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var acknowledged = await (await supervisor.PostAsync($"/api/alerts/{alert.Id}/acknowledge", null)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<Alert>();

        Assert.That(acknowledged!.AcknowledgedBy, Does.StartWith("supervisor"));
        await AlertsCenter.EventuallyAsync(() => Pushed(first, "acknowledged", alert.Id) && Pushed(second, "acknowledged", alert.Id),
            "both consoles are pushed the acknowledgement");
        var again = await (await center.Operations.PostAsync($"/api/alerts/{alert.Id}/acknowledge", null)).Content.ReadFromJsonAsync<Alert>();
        Assert.That(again!.AcknowledgedBy, Is.EqualTo(acknowledged.AcknowledgedBy), "the first acknowledgement stays");
        var audit = await center.Operations.GetFromJsonAsync<AuditApi.AuditPage>("/api/audit?action=alert.acknowledge");
        var entry = audit!.Entries.Single();
        Assert.That((entry.Actor, entry.Subject), Is.EqualTo((acknowledged.AcknowledgedBy, $"alert:{alert.Id}")));
        Assert.That((await center.AlertsAsync()).Open.Single().AcknowledgedAt, Is.Not.Null);
    }

    [Test]
    public async Task Rules_AreReadBackAndAudited_AndASupervisorMayNotChangeThem()
    {
        await using var center = await AlertsCenter.StartAsync();
        var rules = new AlertRules(new AlertThresholds(LongestWaitSeconds: 90, OnCallSeconds: 1200),
            new Dictionary<string, AlertThresholds> { ["km"] = new(LongestWaitSeconds: 30) }, RecordsLagEvents: 100);

        (await center.Operations.PutAsJsonAsync("/api/alerts/rules", rules)).EnsureSuccessStatusCode();

        var saved = await center.Operations.GetFromJsonAsync<AlertRules>("/api/alerts/rules");
        Assert.That(saved!.General, Is.EqualTo(rules.General));
        Assert.That(saved.Languages!["km"], Is.EqualTo(rules.Languages!["km"]));
        Assert.That(saved.For("km"), Is.EqualTo(new AlertThresholds(LongestWaitSeconds: 30, OnCallSeconds: 1200)), "a language's own over the general");
        var audit = await center.Operations.GetFromJsonAsync<AuditApi.AuditPage>("/api/audit?action=alerts.rules");
        Assert.That(audit!.Entries, Has.Count.EqualTo(2), "the test's set-up and this change");
        var supervisor = await center.Server.CreateSignedInClientAsync(Roles.Supervisor);
        Assert.That((await supervisor.PutAsJsonAsync("/api/alerts/rules", rules)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("""{"general":{"longestWaitSeconds":0}}""", "general.longestWaitSeconds must be between 1 and 86400")]
    [TestCase("""{"general":{"serviceLevelPct":120}}""", "general.serviceLevelPct must be between 1 and 100")]
    [TestCase("""{"general":{},"languages":{"xx":{"onCallSeconds":60}}}""", "languages: 'xx' is not one of the center's languages")]
    [TestCase("""{"general":{},"languages":{"km":{"wrapUpSeconds":-5}}}""", "languages.km.wrapUpSeconds must be between 1 and 86400")]
    [TestCase("""{"general":{},"recordsLagEvents":0}""", "recordsLagEvents must be between 1 and 10000000")]
    [TestCase("""{"languages":{}}""", "general is required")]
    public async Task Rules_ThatCannotWork_Answer400NamingTheField(string json, string reason)
    {
        await using var center = await AlertsCenter.StartAsync();
        var before = await center.Operations.GetStringAsync("/api/alerts/rules");

        var response = await center.Operations.PutAsync("/api/alerts/rules", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(problem.RootElement.GetProperty("detail").GetString(), Does.Contain(reason));
        Assert.That(await center.Operations.GetStringAsync("/api/alerts/rules"), Is.EqualTo(before));
    }

    private static bool Pushed(HubWatcher watcher, string change, long id) =>
        watcher.Messages.Any(message => message.GetProperty("event").GetString() == change && message.GetProperty("alert").GetProperty("id").GetInt64() == id);
}
