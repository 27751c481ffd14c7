using Ivr.Server.Data;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Ivr.Server.Alerts;

public static class AlertsServiceCollectionExtensions
{
    /// <summary>
    /// Live alerts (docs/alerts.md): rules per language (schema <c>alerts</c>), the evaluator, the console's hub and the
    /// optional signed webhook. Needs AddWallboard, AddCallRecords, AddQueueing and AddSignalR (AddSoftphone).
    /// </summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertsOptions>().BindConfiguration(AlertsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddIvrDbContext<AlertsDbContext>(AlertsDbContext.Schema);
        services.AddScoped<AlertRuleStore>();
        services.AddScoped<AlertStore>();
        services.AddSingleton<AlertMetrics>();
        services.AddSingleton<AlertBroadcast>();
        services.AddHostedService(provider => provider.GetRequiredService<AlertBroadcast>());
        services.AddSingleton<AlertWebhook>();
        services.AddHostedService(provider => provider.GetRequiredService<AlertWebhook>());
        services.AddSingleton<AlertEvaluator>();
        services.AddHostedService(provider => provider.GetRequiredService<AlertEvaluator>());
        services.AddHttpClient(AlertWebhook.HttpClientName)
            .AddResilienceHandler("alerts-webhook", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<AlertsOptions>>().Value;
                pipeline.AddTimeout(TimeSpan.FromMinutes(2));
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    // The default ShouldHandle: 5xx, 408, 429, HttpRequestException and an attempt's timeout.
                    MaxRetryAttempts = Math.Max(1, options.WebhookRetries),
                    ShouldHandle = options.WebhookRetries == 0 ? _ => ValueTask.FromResult(false) : new HttpRetryStrategyOptions().ShouldHandle,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.WebhookRetryDelay,
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(10));
            });
        return services;
    }
}
