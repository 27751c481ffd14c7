using Ivr.Acd;
using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.Redis;
using Ivr.Server.Wallboard;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ivr.Server.Alerts;

/// <summary>
/// Every <see cref="AlertsOptions.EvaluationInterval"/> the instance holding the evaluator's lease in Redis reads the
/// wallboard's picture, the counselors' records and the records pipeline's lag, and raises and clears alerts through
/// <see cref="AlertHysteresis"/>. The lease (<c>{cc:NAME}:alerts:evaluator</c>, three intervals long, renewed each
/// pass) keeps the count of one evaluator; the open-alert index in PostgreSQL keeps one alert per breach even if two
/// instances ever evaluate at once. A pass that fails (Redis or PostgreSQL away) is logged and the next one tries again
/// (<see cref="RedisPasses"/>).
/// </summary>
public sealed class AlertEvaluator(
    IConnectionMultiplexer redis,
    ContactCenterKeys keys,
    AcdEngine engine,
    WallboardReader wallboard,
    WriterStatus records,
    IServiceScopeFactory scopes,
    AlertBroadcast broadcast,
    AlertWebhook webhook,
    AlertMetrics metrics,
    IOptions<AlertsOptions> options,
    TimeProvider clock,
    ILogger<AlertEvaluator> logger) : BackgroundService
{
    private readonly string instance = Guid.NewGuid().ToString("N");
    private readonly AlertHysteresis hysteresis = new(options.Value.ClearAfterEvaluations, options.Value.ClearMarginPct);

    private RedisKey LeaseKey => keys.Key("alerts:evaluator");

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Enabled
            ? RedisPasses.RunAsync(options.Value.EvaluationInterval, clock, () => PassAsync(stoppingToken),
                failure => logger.LogWarning("Alert evaluation failed: {Failure}", failure), stoppingToken)
            : Task.CompletedTask;

    /// <summary>One evaluation, if this instance holds (or takes) the lease; false when another instance does.</summary>
    public async Task<bool> PassAsync(CancellationToken cancellationToken)
    {
        if (!await HoldLeaseAsync())
        {
            hysteresis.Reset();
            return false;
        }
        await using var scope = scopes.CreateAsyncScope();
        var rules = await scope.ServiceProvider.GetRequiredService<AlertRuleStore>().GetAsync(cancellationToken);
        var picture = await wallboard.ReadAsync(cancellationToken);
        var counselors = new List<CounselorStatus>();
        await foreach (var counselor in engine.ScanCounselorsAsync().WithCancellation(cancellationToken))
        {
            counselors.Add(counselor);
        }
        var readings = AlertReadings.From(rules, picture, counselors, records.Lag, clock.GetUtcNow());

        var store = scope.ServiceProvider.GetRequiredService<AlertStore>();
        var open = (await store.OpenAsync(cancellationToken)).ToDictionary(alert => alert.Key, StringComparer.Ordinal);
        var (raise, clear) = hysteresis.Step(open.Keys.ToHashSet(StringComparer.Ordinal), readings);
        foreach (var reading in raise)
        {
            if (await store.RaiseAsync(reading, cancellationToken) is { } alert)
            {
                metrics.Raised(alert);
                logger.LogWarning("Alert {Id} raised: {Key} at {Value} (threshold {Threshold})", alert.Id, alert.Key, alert.Value, alert.Threshold);
                await PublishAsync(new AlertEvent(AlertEvent.Raised, alert), cancellationToken);
            }
        }
        foreach (var key in clear)
        {
            await store.ClearAsync(open[key], cancellationToken);
            logger.LogInformation("Alert {Id} cleared: {Key}", open[key].Id, key);
            await PublishAsync(new AlertEvent(AlertEvent.Cleared, open[key]), cancellationToken);
        }
        return true;
    }

    private async Task PublishAsync(AlertEvent change, CancellationToken cancellationToken)
    {
        webhook.Enqueue(change);
        await broadcast.AnnounceAsync(change, cancellationToken);
    }

    private async Task<bool> HoldLeaseAsync()
    {
        var database = redis.GetDatabase();
        var length = options.Value.EvaluationInterval * 3;
        return await database.LockExtendAsync(LeaseKey, instance, length) || await database.LockTakeAsync(LeaseKey, instance, length);
    }
}
