using System.Net;
using System.Net.Http.Json;
using Ivr.Acd.Engine;
using Ivr.Server.Authorization;
using Ivr.Server.Data;
using Ivr.Server.Hours;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Auditing;

/// <summary>
/// Issue 19, item 8: a change and its audit entry are written in one transaction. PostgreSQL is made to refuse one
/// kind of entry (a trigger on the audit table); the change it would have described must not be kept either.
/// </summary>
public sealed class AuditTransactionTests
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
    public async Task HolidayWhoseAuditEntryIsRefused_IsNotSaved()
    {
        await RefuseAuditEntriesAsync("holiday.put");

        var put = await operations.PutAsJsonAsync("/api/ivr/holidays/2031-01-01", new HolidayName("New Year"));
        var holidays = await operations.GetStringAsync("/api/ivr/holidays");

        Assert.That(put.IsSuccessStatusCode, Is.False);
        Assert.That(holidays, Does.Not.Contain("2031-01-01"));
    }

    [Test]
    public async Task CounselorWhoseAuditEntryIsRefused_IsNeitherSavedNorRouted()
    {
        await RefuseAuditEntriesAsync("counselor.create");

        var put = await operations.PutAsJsonAsync("/api/staffing/counselors/c-audit", new CounselorRequest("Audit", new() { ["ko"] = 3 }, null, null, null));

        Assert.That(put.IsSuccessStatusCode, Is.False);
        Assert.That((await operations.GetAsync("/api/staffing/counselors/c-audit")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await factory.Services.GetRequiredService<AcdEngine>().GetCounselorAsync("c-audit"), Is.Null);
    }

    [Test]
    public async Task ChangeWithItsEntry_BothAreKept()
    {
        var put = await operations.PutAsJsonAsync("/api/ivr/holidays/2031-01-01", new HolidayName("New Year"));

        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await using var scope = factory.Services.CreateAsyncScope();
        var entry = await scope.ServiceProvider.GetRequiredService<IvrDbContext>().AuditEntries.AsNoTracking().SingleAsync(e => e.Action == "holiday.put");
        Assert.That((entry.Subject, entry.Details), Is.EqualTo(("holiday:2031-01-01", "New Year")));
        Assert.That(entry.Actor, Does.StartWith("operations-"));
    }

    private async Task RefuseAuditEntriesAsync(string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IvrDbContext>();
        var table = db.Model.FindEntityType(typeof(AuditEntry))!.GetSchemaQualifiedTableName();
        var refuse = $$"""
            CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
                IF NEW.action = '{{action}}' THEN RAISE EXCEPTION 'audit entry refused by the test'; END IF;
                RETURN NEW;
            END $body$;
            CREATE TRIGGER refuse_audit BEFORE INSERT ON {{table}} FOR EACH ROW EXECUTE FUNCTION refuse_audit();
            """;
        await db.Database.ExecuteSqlRawAsync(refuse);
    }
}
