using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Ivr.Server.Telemetry;

/// <summary>
/// The <c>Telemetry</c> section: where Prometheus scrapes. Pushing to a collector is set by the standard
/// <c>OTEL_EXPORTER_OTLP_*</c> keys (docs/observability.md).
/// </summary>
public sealed class TelemetryOptions : IValidatableObject
{
    public const string Section = "Telemetry";

    /// <summary>Serve <c>/metrics</c> on its own listener; never on the public port.</summary>
    public bool ScrapeEnabled { get; set; } = true;

    /// <summary>The scrape listener's IP address: loopback unless operations bind it elsewhere on purpose.</summary>
    [Required(ErrorMessage = "Telemetry:ScrapeAddress is required.")]
    public string ScrapeAddress { get; set; } = "127.0.0.1";

    /// <summary>The scrape listener's port (Prometheus exporters' customary 9464); 0 takes any free port.</summary>
    [Range(0, 65535, ErrorMessage = "Telemetry:ScrapePort must be between 0 and 65535.")]
    public int ScrapePort { get; set; } = 9464;

    /// <summary>How often the per-language queue gauges are read from the ACD.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Telemetry:QueueSampleInterval must be between 1 s and 5 min.")]
    public TimeSpan QueueSampleInterval { get; set; } = TimeSpan.FromSeconds(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IPAddress.TryParse(ScrapeAddress, out _))
        {
            yield return new ValidationResult("Telemetry:ScrapeAddress must be an IP address such as 127.0.0.1.", [nameof(ScrapeAddress)]);
        }
    }
}
