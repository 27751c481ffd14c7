using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Ivr.Server.Tests.Infrastructure;

/// <summary>Records what one server's counter adds (its own meter instance, so other servers in the run do not count).</summary>
public sealed class CounterListener : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(long Value, Dictionary<string, object?> Tags)> measurements = new();

    public CounterListener(Meter meter, string instrument)
    {
        listener.InstrumentPublished = (published, self) =>
        {
            if (ReferenceEquals(published.Meter, meter) && published.Name == instrument)
            {
                self.EnableMeasurementEvents(published);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            measurements.Enqueue((value, tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value))));
        listener.Start();
    }

    /// <summary>The sum of what was added with this tag value.</summary>
    public long Sum(string tag, string value) =>
        measurements.Where(measurement => Equals(measurement.Tags.GetValueOrDefault(tag), value)).Sum(measurement => measurement.Value);

    public long Total => measurements.Sum(measurement => measurement.Value);

    public void Dispose() => listener.Dispose();
}
