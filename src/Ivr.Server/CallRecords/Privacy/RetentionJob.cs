using Microsoft.Extensions.Options;

namespace Ivr.Server.CallRecords.Privacy;

/// <summary>
/// Every <see cref="CallRecordsOptions.RetentionInterval"/>, anonymises or deletes the records that arrived more than
/// <see cref="CallRecordsOptions.RetentionPeriod"/> ago. Rollups hold no personal data and keep counting the calls.
/// </summary>
public sealed class RetentionJob(RecordsRetention retention, IOptions<CallRecordsOptions> options, TimeProvider clock, ILogger<RetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionInterval, clock);
        do
        {
            try
            {
                var affected = await retention.ApplyAsync(stoppingToken);
                if (affected > 0)
                {
                    logger.LogInformation("Retention: {Count} call records past {Period} were {Mode}d.", affected, options.Value.RetentionPeriod, options.Value.RetentionMode);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Retention could not run; it runs again in {Interval}.", options.Value.RetentionInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).AsTask().ContinueWith(tick => !tick.IsCanceled && tick.Result, TaskScheduler.Default));
    }
}
