using System.Net;
using System.Net.Http.Json;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.Hours;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.Auditing;

public sealed class AuditApiTests
{
    private IvrServerFactory factory = null!;
    private HttpClient operations = null!;

    [SetUp]
    public async Task StartServer()
    {
        factory = await IvrServerFactory.StartAsync();
        operations = await factory.CreateSignedInClientAsync(Roles.Operations);
    }

    [TearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public async Task ConfigurationChanges_AreListedNewestFirst_WithTheSignedInActor()
    {
        (await operations.PutAsJsonAsync("/api/ivr/closure", new ClosureUpdate(true, "Typhoon"))).EnsureSuccessStatusCode();
        (await operations.PutAsJsonAsync("/api/ivr/closure", new ClosureUpdate(false, null))).EnsureSuccessStatusCode();
        var supervisor = await factory.CreateSignedInClientAsync(Roles.Supervisor);

        var page = await supervisor.GetFromJsonAsync<AuditApi.AuditPage>("/api/audit?action=closure");

        Assert.That(page!.Entries.Select(entry => entry.Action), Is.EqualTo(new[] { "closure.off", "closure.on" }));
        Assert.That(page.Entries[1].Details, Is.EqualTo("Typhoon"));
        Assert.That(page.Entries.Select(entry => entry.Actor), Is.All.StartsWith("operations-"));
        Assert.That(page.Next, Is.Null);
    }

    [Test]
    public async Task Paging_WithLimitAndBefore_WalksTheWholeLogOnce()
    {
        for (var i = 0; i < 5; i++)
        {
            (await operations.PutAsJsonAsync($"/api/ivr/holidays/2027-01-0{i + 1}", new { name = $"Holiday {i}" })).EnsureSuccessStatusCode();
        }

        var seen = new List<string>();
        long? before = null;
        do
        {
            var page = await operations.GetFromJsonAsync<AuditApi.AuditPage>($"/api/audit?subject=holiday:&limit=2{(before is { } b ? $"&before={b}" : "")}");
            seen.AddRange(page!.Entries.Select(entry => entry.Subject));
            before = page.Next;
        }
        while (before is not null);

        Assert.That(seen, Is.EqualTo(Enumerable.Range(1, 5).Reverse().Select(day => $"holiday:2027-01-0{day}")));
    }

    [Test]
    public async Task BadLimitOrRange_Answers400()
    {
        var zero = await operations.GetAsync("/api/audit?limit=0");
        var reversed = await operations.GetAsync("/api/audit?from=2027-02-01T00:00:00Z&to=2027-01-01T00:00:00Z");
        var notADate = await operations.GetAsync("/api/audit?from=yesterday");

        Assert.That(new[] { zero.StatusCode, reversed.StatusCode, notADate.StatusCode }, Is.All.EqualTo(HttpStatusCode.BadRequest));
    }
}
