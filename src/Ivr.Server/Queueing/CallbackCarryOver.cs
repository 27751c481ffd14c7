using Ivr.Acd.Engine;
using Ivr.Server.Configuration;
using Ivr.Server.Redis;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Queueing;

/// <summary>
/// Closing time: callbacks still in line (or scheduled for a retry) when their language closes are held out of line
/// until its next opening, where they come back first, keeping their callers' arrival. Every pass looks at every
/// closed language (so a pass missed at the closing minute, or a retry falling due after it, is carried over by the
/// next); carrying over is idempotent, so every instance may run it.
/// </summary>
public sealed partial class CallbackCarryOver(
    AcdEngine engine, ConfigurationCache configuration, IOptions<CallbackOptions> options, TimeProvider time, ILogger<CallbackCarryOver> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        RedisPasses.RunAsync(options.Value.CarryOverInterval, time, () => CarryOverAsync(stoppingToken), LogPassFailed, stoppingToken);

    /// <summary>One pass; returns how many callbacks each language carried over now.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CarryOverAsync(CancellationToken cancellationToken)
    {
        var hours = (await configuration.GetAsync(cancellationToken)).Hours;
        var now = time.GetUtcNow();
        var carried = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in engine.Languages.Order(StringComparer.Ordinal))
        {
            if (hours.IsOpen(language, now) || hours.NextOpening(language, now) is not { } opening)
            {
                continue;
            }
            var statistics = await engine.GetStatisticsAsync(language);
            if (statistics.CallbacksWaiting + statistics.CallbacksScheduled == 0)
            {
                continue;
            }
            var count = await engine.CarryOverCallbacksAsync(language, hours.ToInstant(opening), $"carry-over:{language}:{now.ToUnixTimeMilliseconds()}");
            if (count > 0)
            {
                carried[language] = count;
                LogCarried(count, language, opening);
            }
        }
        return carried;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} {Language} callbacks carried over to the next opening, {Opening}")]
    private partial void LogCarried(int count, string language, DateTime opening);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Carrying callbacks over at closing time failed: {Reason}")]
    private partial void LogPassFailed(string reason);
}
