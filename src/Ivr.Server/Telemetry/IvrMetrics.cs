using System.Diagnostics.Metrics;

namespace Ivr.Server.Telemetry;

/// <summary>The server's own instruments, on meter <see cref="MeterName"/>.</summary>
public sealed class IvrMetrics
{
    public const string MeterName = "Ivr.Server";

    public IvrMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        WebhookDuration = meter.CreateHistogram(
            "ivr.webhook.duration", "s", "How long a Twilio webhook took to answer, by route name.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        WebhookFailures = meter.CreateCounter<long>(
            "ivr.webhook.failures", "{request}", "Twilio webhooks refused (bad signature, malformed) or failed (fault), by route name.");
        TwilioRequests = meter.CreateCounter<long>(
            "ivr.twilio.requests", "{request}", "Twilio REST attempts (each retry counts) by resource and outcome.");
        QueueRejoins = meter.CreateCounter<long>(
            "ivr.queue.rejoins", "{call}", "Callers on hold whom the ACD did not know, put back in line by the hold loop, by language and outcome.");
        Meter = meter;
    }

    public Meter Meter { get; }

    public Histogram<double> WebhookDuration { get; }

    public Counter<long> WebhookFailures { get; }

    public Counter<long> TwilioRequests { get; }

    public Counter<long> QueueRejoins { get; }
}
