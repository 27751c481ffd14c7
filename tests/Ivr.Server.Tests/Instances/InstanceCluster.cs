using System.Net;
using Ivr.PhoneSim;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Modes;
using Ivr.PhoneSim.Rest;
using Ivr.PhoneSim.Time;
using Ivr.Server.Tests.Deploy;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.Instances;

/// <summary>
/// Three built server processes on loopback behind nginx (deploy/nginx/ivr.conf), over the shared Redis (a contact
/// center of their own) and a PostgreSQL database of their own, with the phone simulator as Twilio: its webhooks go to
/// nginx, the servers' REST calls to the simulator. The servers run in Production with only the settings a deployment
/// gives them, plus short sweeper and audit intervals so repairs after a crash show within the test. Given
/// <see cref="ClusterStores"/> (a test's own Redis and PostgreSQL, which it may stop), it uses those instead.
/// </summary>
public sealed class InstanceCluster : IAsyncDisposable
{
    public const string OperationsEmail = "operations@instances.ivr.test";
    public const string Password = "Instances-operations-1345";

    private readonly Dictionary<string, string> environment;
    private readonly bool ownStores;
    private readonly List<ServerProcess> retired = [];

    private InstanceCluster(Dictionary<string, string> environment, bool ownStores, NginxProcess nginx, SimulatedTwilio twilio, SimulatorHost host, MemoryJournal journal)
    {
        this.environment = environment;
        this.ownStores = ownStores;
        Nginx = nginx;
        Twilio = twilio;
        Host = host;
        Journal = journal;
    }

    public List<ServerProcess> Servers { get; } = [];

    public NginxProcess Nginx { get; }

    public SimulatedTwilio Twilio { get; }

    public SimulatorHost Host { get; }

    public MemoryJournal Journal { get; }

    public string Postgres => environment["ConnectionStrings__Postgres"];

    public string ContactCenter => environment["Acd__ContactCenter"];

    public static async Task<InstanceCluster> StartAsync(int instances = 3, ClusterStores? stores = null)
    {
        var nginx = new NginxProcess();
        var journal = new MemoryJournal();
        var twilio = new SimulatedTwilio(
            new SimulatorOptions
            {
                AccountSid = IvrServerFactory.AccountSid,
                AuthToken = IvrServerFactory.AuthToken,
                VoiceUrl = new Uri(nginx.Address, "/twilio/voice/incoming"),
                StatusCallback = new Uri(nginx.Address, "/twilio/voice/status"),
            },
            // Prompts and talk play 20 times faster than real time; the servers keep real time.
            new AcceleratedTimeProvider(20), new HttpClient(), journal);
        var host = await SimulatorHost.StartAsync(twilio);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Redis"] = stores?.Redis ?? TestServices.Redis,
            ["ConnectionStrings__Postgres"] = stores?.Postgres ?? await TestServices.CreateDatabaseAsync("ivr_instances"),
            ["Twilio__AccountSid"] = IvrServerFactory.AccountSid,
            ["Twilio__AuthToken"] = IvrServerFactory.AuthToken,
            ["Twilio__Client__BaseUrlOverride"] = host.BaseUrl.ToString(),
            // Twilio is told to call nginx: the URLs the servers hand it (conference, hold, status callbacks) are nginx's.
            ["CallControl__PublicBaseUrl"] = nginx.Address.ToString().TrimEnd('/'),
            ["CallRecords__CallerHashKey"] = "instances-test-caller-hash-key-0123456789",
            ["DataProtection__Certificate"] = TestCertificates.DataProtection,
            ["DataProtection__CertificatePassword"] = TestCertificates.Password,
            ["Acd__ContactCenter"] = $"inst-{Guid.NewGuid():N}"[..20],
            ["Prompts__Directory"] = Path.Combine(Path.GetDirectoryName(DeployFiles.Folder)!, "voice-prompts"),
            ["Acd__ReservationTimeout"] = "00:00:08",
            ["Acd__WrapUp"] = "00:00:01",
            ["CallControl__AuditInterval"] = "00:00:02",
            // Legs Twilio could not be reached to end are tried again within the 1 s wrap-up above (5 s by default).
            ["CallControl__RedirectRetryInterval"] = "00:00:01",
            ["CallRecords__ClaimIdleTime"] = "00:00:05",
            ["LivePages__PushInterval"] = "00:00:00.500",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ",
            ["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true",
        };
        var cluster = new InstanceCluster(environment, stores is null, nginx, twilio, host, journal);
        var (exitCode, output) = await ServerProcess.RunCommandAsync(environment, "migrate");
        Assert.That(exitCode, Is.Zero, output);
        (exitCode, output) = await ServerProcess.RunCommandAsync(new Dictionary<string, string>(environment) { ["IVR_PASSWORD"] = Password },
            "create-operations-account", OperationsEmail);
        Assert.That(exitCode, Is.Zero, output);
        for (var i = 0; i < instances; i++)
        {
            cluster.Servers.Add(ServerProcess.Start(environment, metricsPort: ServerProcess.FreePort()));
        }
        await nginx.StartAsync([.. cluster.Servers.Select(server => server.Address.Port)]);
        foreach (var server in cluster.Servers)
        {
            await cluster.WaitUntilReadyAsync(server);
        }
        return cluster;
    }

    /// <summary>Starts a killed instance again on its ports, as a supervisor would, and waits until it is ready.</summary>
    public async Task RestartAsync(int instance)
    {
        var old = Servers[instance];
        retired.Add(old);
        Servers[instance] = ServerProcess.Start(environment, old.Address.Port, old.MetricsAddress?.Port);
        await WaitUntilReadyAsync(Servers[instance]);
    }

    /// <summary>A client of one instance (its own port, not through nginx).</summary>
    public HttpClient Client(int instance) => new() { BaseAddress = Servers[instance].Address, Timeout = TimeSpan.FromSeconds(30) };

    public HttpClient ThroughNginx() => new() { BaseAddress = Nginx.Address, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Every server's output so far, for a failure message.</summary>
    public string Logs() => string.Join("\n", retired.Concat(Servers).Select(server => $"--- instance at {server.Address}\n{server.Output}"))
        + "\n--- nginx errors\n" + Nginx.ErrorLog();

    // Two loaded cores start a process in 20-40 s; a restart amid the fault programme's load may take longer.
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(120);

    private async Task WaitUntilReadyAsync(ServerProcess server)
    {
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(5) };
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var last = "not listening";
        while (waited.Elapsed < ReadyWithin)
        {
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
                last = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                last = "no answer within 5 s (busy starting)";
            }
            await Task.Delay(250);
        }
        Assert.Fail($"{server.Address} did not become ready within {ReadyWithin.TotalSeconds:0} s; its readiness said {last}.\n{Logs()}");
    }

    public async ValueTask DisposeAsync()
    {
        await Twilio.DisposeAsync();
        await Host.DisposeAsync();
        await Nginx.DisposeAsync();
        foreach (var server in retired.Concat(Servers))
        {
            await server.DisposeAsync();
        }
        if (!ownStores)
        {
            return;
        }
        await TestServices.DropDatabaseAsync(Postgres);
        await TestServices.DeleteKeysAsync($"{{cc:{ContactCenter}}}*");
    }
}
