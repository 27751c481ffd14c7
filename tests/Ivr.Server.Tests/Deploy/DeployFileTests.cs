using System.Net;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.Deploy;

/// <summary>
/// The deploy files start the server: in Production, with exactly the environment compose.yaml and ivr.yaml declare
/// plus a fixture value for each key their secrets must hold, the migration runs and the server becomes ready. A
/// setting the server comes to require without the files declaring it fails here, not on an operator's first start.
/// </summary>
public sealed class DeployFileTests
{
    private string? database;

    [TearDown]
    public async Task DropDatabaseAsync()
    {
        if (database is not null)
        {
            await TestServices.DropDatabaseAsync(database);
        }
    }

    [Test]
    public async Task Compose_ItsEnvironmentAndEnvFile_MigrateAndStartTheServerReady()
    {
        var (environment, secretKeys) = DeployFiles.Compose();

        await using var redis = new PrivateRedis();
        await redis.StartAsync();
        var declared = await WithSecretsAsync(environment, secretKeys, redis);
        await using var server = await MigrateAndStartAsync(declared);

        Assert.That(await AnswerAsync(server, "/health/ready"), Is.EqualTo(HttpStatusCode.OK), server.Output);
    }

    [Test]
    public async Task Kubernetes_ItsConfigMapAndSecret_MigrateAndStartTheServerAndItsProbesAnswer()
    {
        var (environment, secretKeys, liveness, readiness) = DeployFiles.Kubernetes();

        await using var redis = new PrivateRedis();
        await redis.StartAsync();
        var declared = await WithSecretsAsync(environment, secretKeys, redis);
        await using var server = await MigrateAndStartAsync(declared);

        Assert.That(await AnswerAsync(server, liveness), Is.EqualTo(HttpStatusCode.OK), server.Output);
        Assert.That(await AnswerAsync(server, readiness), Is.EqualTo(HttpStatusCode.OK), server.Output);
        Assert.That(environment["ASPNETCORE_ENVIRONMENT"], Is.EqualTo("Production"));
    }

    /// <summary>The declared environment plus a fixture value for every secret key, pointing at the test's own services.</summary>
    private async Task<Dictionary<string, string>> WithSecretsAsync(Dictionary<string, string> environment, IReadOnlyList<string> secretKeys, PrivateRedis redis)
    {
        var fixtures = new Dictionary<string, string>
        {
            ["ConnectionStrings__Redis"] = redis.ConnectionString,
            ["ConnectionStrings__Postgres"] = database = await TestServices.CreateDatabaseAsync("ivr_deploy"),
            ["Twilio__AccountSid"] = IvrServerFactory.AccountSid,
            ["Twilio__AuthToken"] = "deploy-test-auth-token",
            ["Twilio__RequestValidation__BaseUrlOverride"] = "https://ivr.example.org",
            ["CallControl__CenterNumber"] = "+8221234567",
            ["CallRecords__CallerHashKey"] = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
            ["DataProtection__Certificate"] = TestCertificates.DataProtection,
            ["DataProtection__CertificatePassword"] = TestCertificates.Password,
            ["POSTGRES_PASSWORD"] = "read by the postgres container only",
        };
        var declared = new Dictionary<string, string>(environment);
        foreach (var key in secretKeys)
        {
            Assert.That(fixtures.TryGetValue(key, out var value), Is.True, $"the test has no fixture value for the secret {key}");
            declared[key] = value!;
        }
        // The image's own ENV (deploy/container/Dockerfile), less the listening URL the test chooses: where the prompts are.
        declared["Prompts__Directory"] = Path.Combine(Path.GetDirectoryName(DeployFiles.Folder)!, "voice-prompts");
        return declared;
    }

    private static async Task<ServerProcess> MigrateAndStartAsync(Dictionary<string, string> environment)
    {
        var (exitCode, output) = await ServerProcess.RunCommandAsync(environment, "migrate");
        Assert.That(exitCode, Is.Zero, output);
        return ServerProcess.Start(environment);
    }

    /// <summary>The status the path answers once the server is up, waiting up to 60 s for readiness.</summary>
    private static async Task<HttpStatusCode> AnswerAsync(ServerProcess server, string path)
    {
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(5) };
        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                status = (await client.GetAsync(path)).StatusCode;
                if (status == HttpStatusCode.OK)
                {
                    return status;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(500);
        }
        return status;
    }
}
