using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Ivr.Server.Telemetry;

/// <summary>
/// Serves the Prometheus scrape (<c>GET /metrics</c>) on a listener of its own, loopback by default, so the public
/// port never answers it and it needs no sign-in. A taken port stops the server at start, naming the key.
/// </summary>
public sealed partial class MetricsScrapeServer(
    MeterProvider meterProvider,
    IOptions<TelemetryOptions> options,
    ILoggerFactory loggers,
    ILogger<MetricsScrapeServer> logger) : IHostedService, IAsyncDisposable
{
    public const string Path = "/metrics";

    private WebApplication? listener;

    /// <summary>The scrape URL once started; null when <see cref="TelemetryOptions.ScrapeEnabled"/> is off.</summary>
    public Uri? ScrapeUrl { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.ScrapeEnabled)
        {
            return;
        }
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(loggers);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Parse(settings.ScrapeAddress), settings.ScrapePort));
        var app = builder.Build();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider, predicate: null, path: Path, configureBranchedPipeline: null, optionsName: null);
        app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException exception)
        {
            await app.DisposeAsync();
            throw new InvalidOperationException(
                $"The metrics scrape listener could not bind {settings.ScrapeAddress}:{settings.ScrapePort}; set Telemetry:ScrapePort (or Telemetry:ScrapeEnabled=false).", exception);
        }
        listener = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        ScrapeUrl = new Uri(new Uri(address), Path);
        Listening(logger, ScrapeUrl);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (listener is not null)
        {
            await listener.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (listener is not null)
        {
            await listener.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Metrics for Prometheus at {Url}.")]
    private static partial void Listening(ILogger logger, Uri url);
}
