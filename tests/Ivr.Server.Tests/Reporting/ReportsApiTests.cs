using System.Net;
using System.Net.Http.Json;
using Ivr.Acd;
using Ivr.Acd.Events;
using Ivr.Server.Authorization;
using Ivr.Server.Tests.CallRecords;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.Reporting;

/// <summary>The server end to end: events appended to its stream are written by its own writer and read back over HTTP.</summary>
public sealed class ReportsApiTests
{
    private readonly string contactCenter = $"api-{Guid.NewGuid():N}";
    private IvrServerFactory factory = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = await IvrServerFactory.StartAsync(new Dictionary<string, string?>
        {
            ["Acd:ContactCenter"] = contactCenter,
            ["CallRecords:PollInterval"] = "00:00:00.050",
        });
        var redis = TestServices.RedisConnection.GetDatabase();
        foreach (var callEvent in ScriptedDay.Events())
        {
            await CallEventStream.AppendAsync(redis, new ContactCenterKeys(contactCenter), callEvent);
        }
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await TestServices.RedisConnection.GetDatabase().KeyDeleteAsync(new ContactCenterKeys(contactCenter).Events);
        await factory.DisposeAsync();
    }

    [TestCase(Roles.Supervisor)]
    [TestCase(Roles.Operations)]
    public async Task CallsByLanguage_AsStaff_ReturnsTheScriptedDayAsCsv(string role)
    {
        var client = await factory.CreateSignedInClientAsync(role);

        var csv = await PollAsync(client, "/api/reports/calls-by-language?from=2026-03-01&to=2026-04-01&period=month&format=csv", "vi");

        Assert.That(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries),
            Is.EqualTo(new[] { "period,language,calls,consultations", "2026-03,vi,5,2", "2026-03,en,1,1", "2026-03,,2,0" }));
    }

    [Test]
    public async Task LanguageService_AsCounselor_Answers403()
    {
        var client = await factory.CreateSignedInClientAsync(Roles.Counselor);

        var response = await client.GetAsync("/api/reports/language-service?from=2026-03-01&to=2026-04-01");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("from=2026-03-01", "to")]
    [TestCase("from=March&to=2026-04-01", "from")]
    [TestCase("from=2026-03-01&to=2026-04-01&serviceLevelSeconds=17", "serviceLevelSeconds")]
    [TestCase("from=2026-03-01&to=2026-04-01&period=week", "period")]
    [TestCase("from=9990-01-01&to=9999-12-31", "to")]
    [TestCase("from=1900-01-01&to=1901-01-01", "to")]
    public async Task LanguageService_BadParameters_Answers400NamingTheParameter(string query, string parameter)
    {
        var client = await factory.CreateSignedInClientAsync(Roles.Supervisor);

        var response = await client.GetAsync("/api/reports/language-service?" + query);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblem>();
        Assert.That(problem!.Errors.Keys, Does.Contain(parameter));
    }

    private static async Task<string> PollAsync(HttpClient client, string url, string expected)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var response = await client.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var body = await response.Content.ReadAsStringAsync();
            if (body.Contains(expected, StringComparison.Ordinal))
            {
                return body;
            }
            await Task.Delay(100);
        }
        Assert.Fail("the server's writer did not write the scripted day");
        return "";
    }

    private sealed record ValidationProblem(Dictionary<string, string[]> Errors);
}
