using System.Globalization;

namespace Ivr.Server.Tests.Telemetry;

/// <summary>Reads the Prometheus text format: the sum of a metric's samples whose labels include the given ones.</summary>
public static class PrometheusText
{
    public static double Sum(string scrape, string metric, params string[] labels) =>
        scrape.Split('\n')
            .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal))
            .Where(line => labels.All(label => line.Contains(label, StringComparison.Ordinal)))
            .Sum(line => double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
}
