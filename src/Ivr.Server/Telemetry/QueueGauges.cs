using System.Collections.Frozen;
using System.Diagnostics.Metrics;
using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.Redis;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Telemetry;

/// <summary>
/// The per-language queue gauges. A scrape only reads the last picture; this service refreshes it from the ACD every
/// <see cref="TelemetryOptions.QueueSampleInterval"/>, so a slow or absent Redis never holds a scrape up.
/// </summary>
public sealed class QueueGauges : BackgroundService
{
    private readonly AcdEngine engine;
    private readonly IOptions<TelemetryOptions> options;
    private readonly TimeProvider clock;
    private readonly ILogger<QueueGauges> logger;
    private volatile FrozenDictionary<string, LanguageStatistics> picture = FrozenDictionary<string, LanguageStatistics>.Empty;

    public QueueGauges(AcdEngine engine, IvrMetrics metrics, IOptions<TelemetryOptions> options, TimeProvider clock, ILogger<QueueGauges> logger)
    {
        this.engine = engine;
        this.options = options;
        this.clock = clock;
        this.logger = logger;
        metrics.Meter.CreateObservableGauge("ivr.queue.waiting", () => Read(language => language.Waiting), "{call}",
            "Callers waiting in a language's queue.");
        metrics.Meter.CreateObservableGauge("ivr.queue.available", () => Read(language => language.Available), "{counselor}",
            "Counselors of a language ready for a call.");
        metrics.Meter.CreateObservableGauge("ivr.queue.longest_wait", () => Read(language => language.LongestWait.TotalSeconds), "s",
            "How long the longest-waiting caller of a language has waited.");
    }

    // Redis away for a moment: the gauges keep the last picture and the next tick tries again.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        RedisPasses.RunAsync(options.Value.QueueSampleInterval, clock, async () =>
        {
            var statistics = await Task.WhenAll(engine.Languages.Select(engine.GetStatisticsAsync));
            picture = statistics.ToFrozenDictionary(language => language.Language, StringComparer.Ordinal);
        }, reason => logger.LogWarning("The queue gauges could not be read from the ACD: {Reason}", reason), stoppingToken);

    private IEnumerable<Measurement<T>> Read<T>(Func<LanguageStatistics, T> value) where T : struct =>
        picture.Values.Select(language => new Measurement<T>(value(language), new KeyValuePair<string, object?>("ivr.language", language.Language)));
}
