using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Ivr.PhoneSim.Rest;

/// <summary>Serves the simulator's Twilio REST API (https://api.twilio.com's paths) on a local address; port 0 picks a free port.</summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private readonly SimulatedTwilio sim;

    private SimulatorHost(WebApplication app, Uri baseUrl, SimulatedTwilio sim)
    {
        this.app = app;
        this.sim = sim;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>A Twilio library client whose requests to https://api.twilio.com land here (the caller disposes the HttpClient).</summary>
    public (global::Twilio.Clients.TwilioRestClient Client, HttpClient Http) CreateTwilioClient()
    {
        var http = new HttpClient(new SimulatorRedirectHandler(BaseUrl));
        var client = new global::Twilio.Clients.TwilioRestClient(sim.Options.AccountSid, sim.Options.AuthToken, httpClient: new global::Twilio.Http.SystemNetHttpClient(http));
        return (client, http);
    }

    /// <param name="url">A loopback address only: the REST and device APIs take no credentials and any origin.</param>
    public static async Task<SimulatorHost> StartAsync(SimulatedTwilio sim, string url = "http://127.0.0.1:0")
    {
        if (!IsLoopback(url))
        {
            throw new ArgumentException($"The simulator listens on loopback only (127.0.0.1, [::1] or localhost), not {url}: its APIs take no credentials.", nameof(url));
        }
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(sim);
        builder.Services.AddSingleton(sim.Options);
        builder.Services.AddSingleton(new ResourceJson(sim.Options, sim.Clock, sim.RecordingCallbacks.MediaUrl));
        builder.Services.AddSingleton(new Parties.BrowserDevices(sim.Parties, sim));
        builder.Services.AddCors(cors => cors.AddPolicy(DevicesApi.CorsPolicy, policy => policy.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod()));
        var app = builder.Build();
        app.UseCors();
        app.Use((context, next) => sim.RestOutage.HandleAsync(context, next));
        app.MapTwilioRestApi(sim.Options);
        app.MapDevices();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        sim.ApiBaseUrl = baseUrl;
        return new SimulatorHost(app, baseUrl, sim);
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
