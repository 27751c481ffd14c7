using Ivr.Server.CallRecords;
using Ivr.Server.Redis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Lawyers;

/// <summary>
/// Bookings follow the call records' retention (<c>CallRecords:RetentionPeriod</c>, <c>RetentionMode</c>), counted
/// from the session's end: past it the caller's protected number, their hash and the sealed summary go (the row
/// stays, anonymised, for the reports), or the row goes in <c>Delete</c> mode (its messages with it). Runs every
/// <c>CallRecords:RetentionInterval</c>.
/// </summary>
public sealed partial class LawyerRetention(IServiceScopeFactory scopes, IOptions<CallRecordsOptions> options, TimeProvider clock, ILogger<LawyerRetention> logger)
    : BackgroundService
{
    public async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
        var now = clock.GetUtcNow();
        var cutoff = now - options.Value.RetentionPeriod;
        var expired = db.Bookings.Where(row => row.EndsAt < cutoff);
        return options.Value.RetentionMode == RetentionMode.Delete
            ? await expired.ExecuteDeleteAsync(cancellationToken)
            : await expired.Where(row => row.ExpiredAt == null).ExecuteUpdateAsync(set => set.SetProperty(row => row.ExpiredAt, now)
                .SetProperty(row => row.CallerProtected, (string?)null)
                .SetProperty(row => row.CallerHash, (byte[]?)null)
                .SetProperty(row => row.SummarySealed, (string?)null), cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        RedisPasses.RunAsync(options.Value.RetentionInterval, clock, async () =>
        {
            if (await ApplyAsync(stoppingToken) is > 0 and var count)
            {
                LogPass(count);
            }
        }, LogFailed, stoppingToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lawyer bookings retention: {Count} past sessions anonymised or deleted")]
    private partial void LogPass(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lawyer bookings retention could not run ({Reason}); it runs again at the next interval")]
    private partial void LogFailed(string reason);
}
