using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Ivr.PhoneSim.Rest;

/// <summary>Serves the simulator's Twilio REST API (https://api.twilio.com's paths) on a local address; port 0 picks a free port.</summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private SimulatorHost(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<SimulatorHost> StartAsync(SimulatedTwilio sim, string url = "http://127.0.0.1:0")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(sim);
        builder.Services.AddSingleton(sim.Options);
        builder.Services.AddSingleton(new ResourceJson(sim.Options, sim.Clock));
        var app = builder.Build();
        app.MapTwilioRestApi(sim.Options);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SimulatorHost(app, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
