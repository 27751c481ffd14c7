using System.Net;
using System.Net.Http.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.Planning;

/// <summary>The planning API over rollup rows of eight regular weeks (<see cref="PlanningHistory"/>).</summary>
public sealed class PlanningApiTests
{
    private IvrServerFactory factory = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = await IvrServerFactory.StartAsync();
        await PlanningHistory.InsertAsync(factory.PostgresConnectionString, PlanningHistory.Weeks(PlanningHistory.From, 12));
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    [TestCase(Roles.Supervisor)]
    [TestCase(Roles.Operations)]
    public async Task Requirement_AsStaff_ReturnsCounselorsPerHalfHourAsCsv(string role)
    {
        var client = await factory.CreateSignedInClientAsync(role);

        var response = await client.GetAsync("/api/planning/requirement?from=2026-03-02&language=vi&format=csv");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("date,language,interval,offered,ahtSeconds,patienceSeconds,erlangC,erlangA,required,model,serviceLevel,occupancy,abandonPercent"));
        Assert.That(lines, Has.Length.EqualTo(1 + 20 * 16));
        // Four calls of 300 s in half an hour: A = 0.67 Erlangs; patience 92,160 s waited / 40 hang-ups = 2,304 s.
        Assert.That(lines[1], Does.StartWith("2026-03-02,vi,10:00,4,300,2304,2,2,2,erlang-a,"));
    }

    [Test]
    public async Task ForecastAndBacktest_AsSupervisor_AreReportTables()
    {
        var client = await factory.CreateSignedInClientAsync(Roles.Supervisor);

        var forecast = await client.GetFromJsonAsync<Table>("/api/planning/forecast?from=2026-03-02");
        var backtest = await client.GetFromJsonAsync<Table>("/api/planning/backtest?from=2026-03-02");

        Assert.That(forecast!.Rows, Has.Count.EqualTo(20 * 16));
        Assert.That(backtest!.Columns, Is.EqualTo(new[] { "language", "actual", "forecast", "dailyMapePercent", "intervalWapePercent" }));
        Assert.That(backtest.Rows.Single()[3]?.ToString(), Is.EqualTo("0"), "a regular history is forecast exactly");
    }

    [Test]
    public async Task PooledRequirement_AsOperations_ComparesTheTeamWithTheLanguagesAlone()
    {
        var client = await factory.CreateSignedInClientAsync(Roles.Operations);

        var pooled = await client.GetFromJsonAsync<Table>("/api/planning/pooled-requirement?from=2026-03-02&languages=vi,th");

        Assert.That(pooled!.Columns, Is.EqualTo(new[] { "date", "interval", "languages", "offered", "ahtSeconds", "patienceSeconds", "alone", "pooled", "model", "serviceLevel", "occupancy" }));
        Assert.That(pooled.Rows, Has.Count.EqualTo(20 * 16), "only Vietnamese has calls: its half hours");
        Assert.That(pooled.Rows[0][2]?.ToString(), Is.EqualTo("vi+th"));
    }

    [Test]
    public async Task Teams_AreTheLanguageSetsCounselorsShare_WithTheirNeedsAloneAndPooled()
    {
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        foreach (var (id, skills) in new (string, Dictionary<string, int>)[]
                 {
                     ("team-1", new() { ["vi"] = 5, ["th"] = 3 }), ("team-2", new() { ["th"] = 4, ["vi"] = 4 }),
                     ("team-3", new() { ["ko"] = 5, ["en"] = 4, ["zh"] = 3 }), ("alone-1", new() { ["vi"] = 5 }),
                 })
        {
            (await operations.PutAsJsonAsync($"/api/staffing/counselors/{id}", new CounselorRequest(id, skills, null, null, null))).EnsureSuccessStatusCode();
        }

        var teams = await operations.GetFromJsonAsync<Table>("/api/planning/teams?from=2026-03-02");
        var vietnamese = await operations.GetFromJsonAsync<Table>("/api/planning/requirement?from=2026-03-02&language=vi");

        Assert.That(teams!.Columns, Is.EqualTo(new[] { "languages", "counselors", "alone", "pooled", "fewerPercent" }));
        Assert.That(teams.Rows.Select(row => $"{row[0]} {row[1]}"), Is.EqualTo(new[] { "th+vi 2", "en+ko+zh 1" }), "a one-language counselor is in no team");
        var viAlone = vietnamese!.Rows.Sum(row => int.Parse(row[8]!.ToString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(teams.Rows[0][2]?.ToString(), Is.EqualTo(viAlone.ToString(System.Globalization.CultureInfo.InvariantCulture)), "only Vietnamese has calls");
        Assert.That(teams.Rows[1][2]?.ToString(), Is.EqualTo("0"));
    }

    [Test]
    public async Task Requirement_AsCounselor_Answers403_AndAnonymously401()
    {
        var counselor = await factory.CreateSignedInClientAsync(Roles.Counselor);

        Assert.That((await counselor.GetAsync("/api/planning/requirement")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await factory.CreateClient().GetAsync("/api/planning/forecast")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [TestCase("serviceLevel=1.5", "serviceLevel")]
    [TestCase("serviceLevel=0", "serviceLevel")]
    [TestCase("targetSeconds=-1", "targetSeconds")]
    [TestCase("maxOccupancy=0", "maxOccupancy")]
    [TestCase("maxOccupancy=NaN", "maxOccupancy")]
    [TestCase("from=March", "from")]
    [TestCase("from=2199-12-20", "from")]
    [TestCase("format=xml", "format")]
    [TestCase("languages=vi", "languages")]
    [TestCase("languages=vi,Thai", "languages")]
    public async Task Requirement_BadParameters_Answer400NamingTheParameter(string query, string parameter)
    {
        var client = await factory.CreateSignedInClientAsync(Roles.Operations);

        var response = await client.GetAsync((query.StartsWith("languages", StringComparison.Ordinal) ? "/api/planning/pooled-requirement?" : "/api/planning/requirement?") + query);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblem>();
        Assert.That(problem!.Errors.Keys, Does.Contain(parameter));
    }

    private sealed record ValidationProblem(Dictionary<string, string[]> Errors);
}
