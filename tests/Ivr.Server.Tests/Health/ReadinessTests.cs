using System.Net;
using System.Text.Json;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.Health;

public sealed class ReadinessTests
{
    [Test]
    public async Task Live_Always_Answers200()
    {
        await using var factory = await IvrServerFactory.StartAsync();

        var response = await factory.CreateClient().GetAsync("/health/live");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Ready_RedisStoppedThenStarted_Answers503NamingRedisThen200WithoutRestart()
    {
        await using var redis = new PrivateRedis();
        await redis.StartAsync();
        await using var factory = await IvrServerFactory.StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        var client = factory.CreateClient();
        Assert.That((await ReadyAsync(client)).Status, Is.EqualTo(HttpStatusCode.OK));

        await redis.StopAsync();
        var down = await PollAsync(client, HttpStatusCode.ServiceUnavailable);

        Assert.That(down.Checks["redis"], Is.EqualTo("Unhealthy"));
        Assert.That(down.Checks["configuration"], Is.EqualTo("Healthy"));
        Assert.That(down.Checks, Does.Not.ContainKey("postgres"), "readiness is about taking calls, which needs no PostgreSQL");

        await redis.StartAsync();
        var up = await PollAsync(client, HttpStatusCode.OK);

        Assert.That(up.Checks["redis"], Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Ready_PostgresUnreachableSinceTheStart_Answers503NamingTheConfigurationAndHealthShowsPostgresDegraded()
    {
        await using var factory = await IvrServerFactory.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Port=1;Username=ivr;Password=ivr;Database=ivr;Timeout=2",
            ["Database:MigrateOnStart"] = "false",
        });

        var ready = await ReadyAsync(factory.CreateClient());
        var health = await ReadyAsync(factory.CreateClient(), "/health");

        Assert.That(ready.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "no menu was ever loaded: no call can be answered");
        Assert.That(ready.Checks["configuration"], Is.EqualTo("Unhealthy"));
        Assert.That(ready.Checks["redis"], Is.EqualTo("Healthy"));
        Assert.That(health.Checks["postgres"], Is.EqualTo("Degraded"));
    }

    private static async Task<(HttpStatusCode Status, Dictionary<string, string> Checks)> PollAsync(HttpClient client, HttpStatusCode wanted)
    {
        var deadline = TimeSpan.FromSeconds(30);
        var waited = TimeSpan.Zero;
        while (true)
        {
            var ready = await ReadyAsync(client);
            if (ready.Status == wanted || waited > deadline)
            {
                Assert.That(ready.Status, Is.EqualTo(wanted), $"readiness after {waited.TotalSeconds:0} s");
                return ready;
            }
            await Task.Delay(250);
            waited += TimeSpan.FromMilliseconds(250);
        }
    }

    private static async Task<(HttpStatusCode Status, Dictionary<string, string> Checks)> ReadyAsync(HttpClient client, string path = "/health/ready")
    {
        var response = await client.GetAsync(path);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = body.RootElement.GetProperty("checks").EnumerateObject()
            .ToDictionary(check => check.Name, check => check.Value.GetProperty("status").GetString()!);
        return (response.StatusCode, checks);
    }
}
