using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Data;
using Ivr.Server.Planning.Plans;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Planning;

/// <summary>
/// The staffing plan: operations save template and date cells and accept the requirement as the plan, each a new
/// audited version; supervisors read it; the plan in effect per half hour is a table and a CSV.
/// </summary>
public sealed class PlanApiTests
{
    private IvrServerFactory factory = null!;
    private HttpClient operations = null!, supervisor = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = await IvrServerFactory.StartAsync();
        await PlanningHistory.InsertAsync(factory.PostgresConnectionString, PlanningHistory.Weeks(PlanningHistory.From, 12));
        operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        supervisor = await factory.CreateSignedInClientAsync(Roles.Supervisor);
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    [Test, Order(1)]
    public async Task Plan_ForCounselorsAndAnonymous_IsRefused_AndSupervisorsOnlyRead()
    {
        var counselor = await factory.CreateSignedInClientAsync(Roles.Counselor);
        var cell = new PlanSaveRequest(null, [new PlanCell("vi", 1, null, 20, 3)], null);

        Assert.That((await factory.CreateClient().GetAsync("/api/planning/plan")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await counselor.GetAsync("/api/planning/plan")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await counselor.PutAsJsonAsync("/api/planning/plan", cell)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await supervisor.PutAsJsonAsync("/api/planning/plan", cell)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var empty = await supervisor.GetFromJsonAsync<PlanView>("/api/planning/plan");
        Assert.That(empty!.Version, Is.EqualTo(0));
        Assert.That(empty.Plan.Template, Is.Empty);
    }

    [TestCase(1, 48, 3, "cells[0].interval")]
    [TestCase(1, -1, 3, "cells[0].interval")]
    [TestCase(1, 20, 501, "cells[0].count")]
    [TestCase(1, 20, -1, "cells[0].count")]
    [TestCase(7, 20, 3, "cells[0].dayOfWeek")]
    [TestCase(null, 20, 3, "cells[0].dayOfWeek")]
    public async Task Save_OutOfRange_IsRefusedNamingTheField(int? dayOfWeek, int interval, int count, string field)
    {
        var response = await operations.PutAsJsonAsync("/api/planning/plan", new PlanSaveRequest(null, [new PlanCell("vi", dayOfWeek, null, interval, count)], null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await Errors(response), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task Save_UnknownLanguage_IsRefusedNamingTheField()
    {
        var response = await operations.PutAsJsonAsync("/api/planning/plan",
            new PlanSaveRequest(null, [new PlanCell("vi", 1, null, 20, 3), new PlanCell("xx", 1, null, 20, 3)], null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await Errors(response), Is.EqualTo(new[] { "cells[1].language" }));
    }

    [Test, Order(2)]
    public async Task Save_TemplateAndDateCells_AreNewAuditedVersions_AndTheDayIsPlannedFromTheException()
    {
        var monday = PlanningHistory.From; // 2026-03-02

        var first = await operations.PutAsJsonAsync("/api/planning/plan", new PlanSaveRequest("Mondays",
            [new PlanCell("vi", (int)DayOfWeek.Monday, null, 20, 3), new PlanCell("vi", (int)DayOfWeek.Monday, null, 21, 4)], null));
        var second = await operations.PutAsJsonAsync("/api/planning/plan", new PlanSaveRequest("Training on the 2nd",
            [new PlanCell("vi", null, monday, 21, 1)], null));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var plan = await supervisor.GetFromJsonAsync<PlanView>("/api/planning/plan");
        Assert.That(plan!.Version, Is.EqualTo(2));
        Assert.That(plan.Note, Is.EqualTo("Training on the 2nd"));
        Assert.That(plan.Plan.Template["vi"][(int)DayOfWeek.Monday][20..22], Is.EqualTo(new[] { 3, 4 }));
        Assert.That(plan.Plan.Exceptions["2026-03-02"]["vi"][20..22], Is.EqualTo(new[] { 3, 1 }), "the exception starts as the template's day");

        var days = await supervisor.GetFromJsonAsync<Table>("/api/planning/plan/days?from=2026-03-02&days=8&language=vi");
        Assert.That(days!.Rows, Has.Count.EqualTo(8 * 48));
        Assert.That(Row(days, "2026-03-02", "10:30"), Is.EqualTo(new[] { "2026-03-02", "vi", "10:30", "1", "exception" }));
        Assert.That(Row(days, "2026-03-09", "10:30"), Is.EqualTo(new[] { "2026-03-09", "vi", "10:30", "4", "template" }));

        var versions = await supervisor.GetFromJsonAsync<List<PlanVersionSummary>>("/api/planning/plan/versions");
        Assert.That(versions!.Select(version => (version.Version, version.Note)), Is.EqualTo(new[] { (2, "Training on the 2nd"), (1, "Mondays") }));
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<IvrDbContext>().AuditEntries
            .Where(entry => entry.Action == "planning.plan").OrderBy(entry => entry.Id).ToListAsync();
        Assert.That(audit.Select(entry => entry.Subject), Is.EqualTo(new[] { "plan:v1", "plan:v2" }));
        Assert.That(audit.Select(entry => entry.Actor), Has.All.Not.Empty);
    }

    [Test, Order(3)]
    public async Task Accept_TheRequirement_IntoExceptionsAndTemplate_PlansWhatItRequires_AndExportsAsCsv()
    {
        var exceptions = await operations.PostAsJsonAsync("/api/planning/plan/accept",
            new PlanAcceptRequest(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 4), "exceptions", "as required", ["vi"], null, null, null));
        var template = await operations.PostAsJsonAsync("/api/planning/plan/accept",
            new PlanAcceptRequest(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 9), "template", null, ["vi"], null, null, null));

        Assert.That(exceptions.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(template.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var plan = (await template.Content.ReadFromJsonAsync<PlanView>())!;
        // Four calls of 300 s at 10:00 on Mondays need 2 (PlanningApiTests); nobody calls at night or on Sundays.
        Assert.That(plan.Plan.Exceptions["2026-03-03"]["vi"][20], Is.EqualTo(2));
        Assert.That(plan.Plan.Exceptions["2026-03-02"]["vi"][21], Is.EqualTo(2), "the accepted requirement replaces the hand-made exception");
        Assert.That(plan.Plan.Template["vi"][(int)DayOfWeek.Monday][20], Is.EqualTo(2));
        Assert.That(plan.Plan.Template["vi"][(int)DayOfWeek.Monday][0], Is.EqualTo(0));
        Assert.That(plan.Plan.Template["vi"][(int)DayOfWeek.Sunday], Has.All.EqualTo(0));

        var csv = await supervisor.GetStringAsync("/api/planning/plan/days?from=2026-03-03&language=vi&format=csv");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("date,language,interval,planned,source"));
        Assert.That(lines, Does.Contain("2026-03-03,vi,10:00,2,exception"));
        Assert.That(lines, Has.Length.EqualTo(1 + 48));
    }

    [Test]
    public async Task Accept_WithoutARangeOrTarget_IsRefusedNamingTheFields()
    {
        var response = await operations.PostAsJsonAsync("/api/planning/plan/accept",
            new PlanAcceptRequest(new DateOnly(2026, 3, 2), new DateOnly(2026, 5, 2), "weekly", null, ["xx"], 1.5, null, null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await Errors(response), Is.EquivalentTo(new[] { "to", "into", "languages[0]", "serviceLevel" }));
    }

    private static async Task<IEnumerable<string>> Errors(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateObject().Select(error => error.Name);

    private static string?[] Row(Table table, string date, string interval) =>
        table.Rows.Single(row => row[0]?.ToString() == date && row[2]?.ToString() == interval).Select(value => value?.ToString()).ToArray();
}
