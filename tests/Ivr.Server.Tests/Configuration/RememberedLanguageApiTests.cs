using System.Net;
using System.Net.Http.Json;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.Configuration;
using Ivr.Server.Tests.Infrastructure;
using static Ivr.Server.Configuration.RememberedLanguageApi;

namespace Ivr.Server.Tests.Configuration;

/// <summary><c>/api/ivr/remembered-language</c>: operations staff set the days (0 = off), supervisors read, each change audited.</summary>
public sealed class RememberedLanguageApiTests
{
    private const string Path = "/api/ivr/remembered-language";
    private IvrServerFactory factory = null!;

    [SetUp]
    public async Task StartServer() => factory = await IvrServerFactory.StartAsync();

    [TearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public async Task Get_NothingSaved_IsThirtyDaysOn()
    {
        var supervisor = await factory.CreateSignedInClientAsync(Roles.Supervisor);

        var view = await supervisor.GetFromJsonAsync<RememberedLanguageView>(Path);

        Assert.That(view, Is.EqualTo(new RememberedLanguageView(30, true, null, null)));
    }

    [Test]
    public async Task Put_OffThenSevenDays_IsSavedAndAuditedWithTheActor()
    {
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);

        var off = await (await operations.PutAsJsonAsync(Path, new RememberedLanguageUpdate(0))).Content.ReadFromJsonAsync<RememberedLanguageView>();
        var seven = await (await operations.PutAsJsonAsync(Path, new RememberedLanguageUpdate(7))).Content.ReadFromJsonAsync<RememberedLanguageView>();

        Assert.That((off!.Days, off.Enabled), Is.EqualTo((0, false)));
        Assert.That((seven!.Days, seven.Enabled), Is.EqualTo((7, true)));
        Assert.That(seven.ChangedBy, Does.StartWith("operations-"));
        var read = await operations.GetFromJsonAsync<RememberedLanguageView>(Path);
        Assert.That((read!.Days, read.ChangedBy), Is.EqualTo((7, seven.ChangedBy)));
        Assert.That(read.ChangedAt, Is.EqualTo(seven.ChangedAt).Within(TimeSpan.FromMilliseconds(1)));
        var audit = await operations.GetFromJsonAsync<AuditApi.AuditPage>("/api/audit?action=remembered-language");
        Assert.That(audit!.Entries.Select(entry => (entry.Action, entry.Details)),
            Is.EqualTo(new[] { ("remembered-language.on", (string?)"7 days"), ("remembered-language.off", null) }));
    }

    [TestCase(-1)]
    [TestCase(366)]
    public async Task Put_DaysOutOfRange_IsRefusedAndNothingChanges(int days)
    {
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);

        var response = await operations.PutAsJsonAsync(Path, new RememberedLanguageUpdate(days));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("between 0 (off) and 365"));
        Assert.That((await operations.GetFromJsonAsync<RememberedLanguageView>(Path))!.Days, Is.EqualTo(RememberedLanguageSettings.DefaultDays));
    }

    [Test]
    public async Task Put_AsSupervisorOrCounselor_IsForbidden()
    {
        foreach (var role in new[] { Roles.Supervisor, Roles.Counselor })
        {
            var client = await factory.CreateSignedInClientAsync(role);
            Assert.That((await client.PutAsJsonAsync(Path, new RememberedLanguageUpdate(0))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), role);
        }
    }
}
