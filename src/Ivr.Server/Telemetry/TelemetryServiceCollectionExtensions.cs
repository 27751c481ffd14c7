using Ivr.Acd.Engine;
using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.Telephony.Rest;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Ivr.Server.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    public const string ServiceName = "ivr-server";

    /// <summary>The meters exported: our own, the call-record writer's, Polly's (retries, circuit breaker), Kestrel's and SignalR's.</summary>
    public static readonly string[] Meters =
    [
        IvrMetrics.MeterName, AcdTelemetry.Name, WriterStatus.MeterName, "Polly",
        "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Http.Connections",
    ];

    /// <summary>
    /// Metrics for Prometheus on a listener of their own (<see cref="MetricsScrapeServer"/>); traces of a call's
    /// webhook, its Redis scripts, its SQL and its Twilio REST calls. Both are pushed over OTLP when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; without it spans are not recorded (nothing would read them).
    /// </summary>
    public static WebApplicationBuilder AddIvrTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>()
            .BindConfiguration(TelemetryOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IvrMetrics>();
        services.AddHostedService<QueueGauges>();
        services.AddSingleton<MetricsScrapeServer>();
        services.AddHostedService(provider => provider.GetRequiredService<MetricsScrapeServer>());
        services.AddSingleton<CircuitStateGauge>();
        services.AddOptions<Polly.Telemetry.TelemetryOptions>().Configure<CircuitStateGauge>((polly, gauge) => polly.TelemetryListeners.Add(gauge));
        services.AddTransient<TwilioRequestMetricsHandler>();
        services.AddHttpClient(TwilioRestClientServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler<TwilioRequestMetricsHandler>();

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(Meters)
                // No response cache: one Prometheus scrapes, and a scrape right after an event must show it.
                .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0))
            .WithTracing(tracing =>
            {
                tracing
                    .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation()
                    .AddNpgsql()
                    .AddRedisInstrumentation()
                    .AddSource(AcdTelemetry.Name);
                if (!otlp)
                {
                    tracing.SetSampler(new AlwaysOffSampler());
                }
            });
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }
        return builder;
    }

    /// <summary>Times and counts the Twilio webhooks. Call first, so it sees every webhook whatever answers it.</summary>
    public static WebApplication UseIvrTelemetry(this WebApplication app)
    {
        app.UseMiddleware<WebhookMetricsMiddleware>();
        return app;
    }
}
