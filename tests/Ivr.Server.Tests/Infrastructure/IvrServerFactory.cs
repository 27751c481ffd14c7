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
    private readonly Action<IServiceCollection>? testServices;

    private IvrServerFactory(string postgres, IDictionary<string, string?> overrides, Action<IServiceCollection>? testServices = null)
    {
        this.testServices = testServices;
        PostgresConnectionString = postgres;
        settings = new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = AccountSid,
            ["Twilio:AuthToken"] = AuthToken,
            ["ConnectionStrings:Redis"] = TestServices.Redis,
            ["ConnectionStrings:Postgres"] = postgres,
            ["Database:MigrateOnStart"] = "true",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }
    }

    public string PostgresConnectionString { get; }

    public static async Task<IvrServerFactory> StartAsync(IDictionary<string, string?>? overrides = null)
    {
        var factory = new IvrServerFactory(await TestServices.CreateDatabaseAsync("ivr_test"), overrides ?? new Dictionary<string, string?>());
        _ = factory.Server; // starts the host: options validation and migrations run now
        return factory;
    }

    /// <summary>Also replaces services after the server's own registrations (a FakeTimeProvider, a test queue).</summary>
    public static async Task<IvrServerFactory> StartAsync(IDictionary<string, string?>? overrides, Action<IServiceCollection> testServices)
    {
        var factory = new IvrServerFactory(await TestServices.CreateDatabaseAsync("ivr_test"), overrides ?? new Dictionary<string, string?>(), testServices);
        _ = factory.Server;
        return factory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
        if (testServices is not null)
        {
            builder.ConfigureTestServices(testServices);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await TestServices.DropDatabaseAsync(PostgresConnectionString);
    }
}
