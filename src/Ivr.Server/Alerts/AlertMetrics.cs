using System.Diagnostics.Metrics;
using Ivr.Server.Telemetry;

namespace Ivr.Server.Alerts;

/// <summary>Alerts raised and webhook deliveries that failed, on the server's meter.</summary>
public sealed class AlertMetrics(IvrMetrics metrics)
{
    private readonly Counter<long> raised = metrics.Meter.CreateCounter<long>(
        "ivr.alerts.raised", "{alert}", "Alerts raised, by measure and language (none for the records pipeline).");

    private readonly Counter<long> webhookFailures = metrics.Meter.CreateCounter<long>(
        "ivr.alerts.webhook.failures", "{delivery}", "Alert changes the webhook did not take after every retry, by event.");

    public void Raised(Alert alert) => raised.Add(1,
        new KeyValuePair<string, object?>("ivr.alerts.measure", alert.Measure),
        new KeyValuePair<string, object?>("ivr.language", alert.Language ?? ""));

    public void WebhookFailed(string change) => webhookFailures.Add(1, new KeyValuePair<string, object?>("ivr.alerts.event", change));
}
