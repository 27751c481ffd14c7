using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Infrastructure;

/// <summary>
/// The real server in memory, on the real Redis and its own fresh PostgreSQL database (migrated at start).
/// Create it with <see cref="StartAsync"/>; settings may be overridden per test class.
/// </summary>
public sealed class IvrServerFactory : WebApplicationFactory<Program>
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "test-auth-token";

    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? replaceServices;

    private IvrServerFactory(string postgres, IDictionary<string, string?> overrides, Action<IServiceCollection>? replaceServices)
    {
        this.replaceServices = replaceServices;
        PostgresConnectionString = postgres;
        // Each server gets its own contact center, so tests never see each other's queues and events in the shared Redis.
        var contactCenter = $"test-{Guid.NewGuid():N}"[..30];
        settings = new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = AccountSid,
            ["Twilio:AuthToken"] = AuthToken,
            ["ConnectionStrings:Redis"] = TestServices.Redis,
            ["ConnectionStrings:Postgres"] = postgres,
            ["Database:MigrateOnStart"] = "true",
            ["CallControl:PublicBaseUrl"] = "http://localhost",
            ["CallControl:CenterNumber"] = "+8221234500",
            // Tests never reach the real Twilio: REST calls go to a closed loopback port unless a test replaces the client.
            ["Twilio:Client:BaseUrlOverride"] = "http://127.0.0.1:9",
            ["Acd:ContactCenter"] = contactCenter,
            ["CallRecords:CallerHashKey"] = "test-caller-hash-key-0123456789abcdef",
            // Many servers run at once in one test process: each scrape listener takes a free loopback port.
            ["Telemetry:ScrapePort"] = "0",
            // Every test signs in and sends refused webhooks from one address; RateLimitTests sets its own limits.
            ["RateLimits:SignInPermitLimit"] = "100000",
            ["RateLimits:TwilioRefusalPermitLimit"] = "100000",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }
    }

    public string PostgresConnectionString { get; }

    public string ContactCenter => settings["Acd:ContactCenter"]!;

    /// <summary>The server's own address when it listens on a loopback port (<c>kestrel: true</c>), e.g. for a browser.</summary>
    public Uri? KestrelAddress { get; private set; }

    /// <param name="replaceServices">Replaces services after the server registered its own (a FakeTimeProvider, fault injection).</param>
    /// <param name="kestrel">Listen on a free loopback port with Kestrel instead of the in-memory test server.</param>
    public static async Task<IvrServerFactory> StartAsync(IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? replaceServices = null,
        bool kestrel = false)
    {
        var factory = new IvrServerFactory(await TestServices.CreateDatabaseAsync("ivr_test"), overrides ?? new Dictionary<string, string?>(), replaceServices);
        if (kestrel)
        {
            factory.StartOnKestrel(port: 0);
            return factory;
        }
        _ = factory.Server; // starts the host: options validation and migrations run now
        return factory;
    }

    /// <summary>
    /// A server restart: stops this Kestrel server keeping its database and Redis keys, and starts a new server on
    /// the same data, settings and port.
    /// </summary>
    public async Task<IvrServerFactory> RestartOnKestrelAsync()
    {
        var port = KestrelAddress?.Port ?? throw new InvalidOperationException("Only a server started with kestrel: true restarts.");
        keepData = true;
        await DisposeAsync();
        var next = new IvrServerFactory(PostgresConnectionString, settings, replaceServices);
        next.StartOnKestrel(port);
        return next;
    }

    private bool keepData;

    private void StartOnKestrel(int port)
    {
        // Browsers reach this server over plain HTTP on loopback, where a Secure __Host- cookie is not stored.
        settings["Accounts:Session:SecureCookie"] = "false";
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, port));
        StartServer();
        var addresses = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        KestrelAddress = new Uri(addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
        if (replaceServices is not null)
        {
            builder.ConfigureTestServices(replaceServices);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (keepData)
        {
            return;
        }
        await TestServices.DropDatabaseAsync(PostgresConnectionString);
        await TestServices.DeleteKeysAsync($"{{cc:{ContactCenter}}}:*");
    }
}
