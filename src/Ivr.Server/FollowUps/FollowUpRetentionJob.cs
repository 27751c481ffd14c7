using Ivr.Server.CallRecords;
using Ivr.Server.Redis;
using Microsoft.Extensions.Options;

namespace Ivr.Server.FollowUps;

/// <summary>Runs <see cref="FollowUpRetention"/> every <c>CallRecords:RetentionInterval</c>, beside the call records' own retention.</summary>
public sealed partial class FollowUpRetentionJob(FollowUpRetention retention, IOptions<CallRecordsOptions> options, TimeProvider clock, ILogger<FollowUpRetentionJob> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        RedisPasses.RunAsync(options.Value.RetentionInterval, clock, async () =>
        {
            var pass = await retention.ApplyAsync(stoppingToken);
            if (pass != new FollowUpRetentionPass(0, 0, 0, 0))
            {
                LogPass(pass.Expired, pass.RecordingsDeleted, pass.RecordingsFailed, pass.Removed);
            }
        }, LogFailed, stoppingToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Follow-up retention: {Expired} tasks expired, {Deleted} recordings deleted at Twilio, {Failed} to try again, {Removed} rows removed")]
    private partial void LogPass(int expired, int deleted, int failed, int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Follow-up retention could not run ({Reason}); it runs again at the next interval")]
    private partial void LogFailed(string reason);
}
