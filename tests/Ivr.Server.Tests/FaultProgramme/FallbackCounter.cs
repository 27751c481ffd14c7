using Ivr.Server.Tests.Deploy;
using Ivr.Server.Tests.Telemetry;

namespace Ivr.Server.Tests.FaultProgramme;

/// <summary>
/// Counts the voice webhooks the fail-safe answered (ivr_webhook_failures with error.type fault or deadline) from each
/// instance's Prometheus scrape listener: before an instance is killed and once at the end. This includes hold-loop
/// fallbacks, which a caller cannot tell from the hold loop itself.
/// </summary>
public sealed class FallbackCounter
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private long total;

    public long Total => total;

    public async Task ScrapeAsync(ServerProcess server)
    {
        if (server.MetricsAddress is null || server.HasExited)
        {
            return;
        }
        var text = await http.GetStringAsync(new Uri(server.MetricsAddress, "/metrics"));
        total += (long)(PrometheusText.Sum(text, "ivr_webhook_failures_total", "error_type=\"fault\"")
            + PrometheusText.Sum(text, "ivr_webhook_failures_total", "error_type=\"deadline\""));
    }
}
