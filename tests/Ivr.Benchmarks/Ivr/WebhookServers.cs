using Ivr.PhoneSim.Twilio;
using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using StackExchange.Redis;

namespace Ivr.Benchmarks.Ivr;

/// <summary>
/// Two real Kestrel servers on loopback in this process: the IVR server (real Redis, a fresh PostgreSQL database)
/// and a bare ASP.NET Core endpoint returning a constant string, so both are measured on the same machine, same run.
/// </summary>
public sealed class WebhookServers : IAsyncDisposable
{
    public const string AuthToken = "benchmark-auth-token";

    private readonly WebApplication ivr;
    private readonly WebApplication bare;
    private readonly string database;
    private readonly string contactCenter;

    private WebhookServers(WebApplication ivr, WebApplication bare, string database, string contactCenter)
    {
        this.contactCenter = contactCenter;
        this.ivr = ivr;
        this.bare = bare;
        this.database = database;
    }

    public string IvrBase => ivr.Urls.First();

    public string BareBase => bare.Urls.First();

    public IServiceProvider IvrServices => ivr.Services;

    public static string RedisConfiguration => Environment.GetEnvironmentVariable("ConnectionStrings__Redis") ?? "127.0.0.1:6380";

    public static async Task<WebhookServers> StartAsync()
    {
        var postgres = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") ?? "Host=127.0.0.1;Port=5433;Username=ivr;Password=ivr;Database=ivr";
        var redis = RedisConfiguration;
        var name = $"ivr_bench_{Guid.NewGuid():N}"[..30];
        var contactCenter = "bench-" + Guid.NewGuid().ToString("N")[..8];
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres) { Database = "postgres" }.ConnectionString))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin).ExecuteNonQueryAsync();
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = "AC0123456789abcdef0123456789abcdef",
            ["Twilio:AuthToken"] = AuthToken,
            ["ConnectionStrings:Redis"] = redis,
            ["ConnectionStrings:Postgres"] = new NpgsqlConnectionStringBuilder(postgres) { Database = name }.ConnectionString,
            ["Database:MigrateOnStart"] = "true",
            ["Acd:ContactCenter"] = contactCenter,
            ["CallRecords:CallerHashKey"] = "benchmark-caller-hash-key-0123456789",
            ["Twilio:Client:BaseUrlOverride"] = "http://127.0.0.1:9",
            // The metrics listener on any free port: a development server may hold the default one.
            ["Telemetry:ScrapePort"] = "0",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddIvrServer();
        // Without the call-record writer: every request here is a new call, 1000x the real arrival rate, so the
        // writer (measured on its own in benchmarks-records.md) would drain an ever-growing backlog on the same
        // two cores and the numbers would be about it rather than the webhook.
        builder.Services.Remove(builder.Services.Single(service => service.ImplementationType == typeof(CallRecordWriter)));
        var ivr = builder.Build();
        ivr.MapIvrServer();
        await ivr.StartAsync();

        // The bare endpoint answers, as a constant string, the document the IVR answers a new call with: both targets
        // then receive the same signed requests and send the same bytes, so the difference is the webhook's own work.
        var document = await FirstDocumentAsync(ivr.Urls.First());
        var bareBuilder = WebApplication.CreateSlimBuilder();
        bareBuilder.Logging.ClearProviders();
        bareBuilder.WebHost.UseUrls("http://127.0.0.1:0");
        var bare = bareBuilder.Build();
        bare.MapPost("/bare", () => Results.Text(document, "application/xml"));
        await bare.StartAsync();
        return new WebhookServers(ivr, bare, name, contactCenter);
    }

    private static async Task<string> FirstDocumentAsync(string ivrBase)
    {
        using var client = new HttpClient();
        using var response = await client.SendAsync(Signed(ivrBase + "/twilio/voice/incoming", ivrBase + "/twilio/voice/incoming"));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A new call arriving, signed exactly as Twilio signs it.</summary>
    public HttpRequestMessage Incoming() => Signed(IvrBase + "/twilio/voice/incoming", IvrBase + "/twilio/voice/incoming");

    /// <summary>The same request, signed the same way, to the bare endpoint (it reads nothing).</summary>
    public HttpRequestMessage Bare() => Signed(BareBase + "/bare", IvrBase + "/twilio/voice/incoming");

    private static HttpRequestMessage Signed(string target, string signedUrl)
    {
        var form = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["AccountSid"] = "AC0123456789abcdef0123456789abcdef",
            ["ApiVersion"] = "2010-04-01",
            ["CallSid"] = "CA" + Guid.NewGuid().ToString("N"),
            ["CallStatus"] = "ringing",
            ["Direction"] = "inbound",
            ["From"] = "+821012345678",
            ["To"] = "+821345",
        };
        var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioSignature.HeaderName, TwilioSignature.Compute(AuthToken, signedUrl, form));
        return request;
    }

    public async ValueTask DisposeAsync()
    {
        await DeleteContactCenterAsync();
        await ivr.StopAsync();
        await bare.StopAsync();
        await ivr.DisposeAsync();
        await bare.DisposeAsync();
        var postgres = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") ?? "Host=127.0.0.1;Port=5433;Username=ivr;Password=ivr;Database=ivr";
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin).ExecuteNonQueryAsync();
    }

    /// <summary>The run's sessions and its event stream (hundreds of thousands of calls) leave the shared Redis with it.</summary>
    private Task DeleteContactCenterAsync() => ContactCenterCleanup.DeleteAsync(ivr.Services.GetRequiredService<IConnectionMultiplexer>(), contactCenter);
}
