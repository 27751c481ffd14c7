using Ivr.Server.Redis;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Recordings;

/// <summary>Runs <see cref="CallRecordingRetention"/> every <c>Recording:RetentionInterval</c> (on every instance: a deletion done twice is a 404, counted as done).</summary>
public sealed partial class CallRecordingRetentionJob(CallRecordingRetention retention, IOptions<RecordingOptions> options, TimeProvider clock,
    ILogger<CallRecordingRetentionJob> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        RedisPasses.RunAsync(options.Value.RetentionInterval, clock, async () =>
        {
            var pass = await retention.ApplyAsync(stoppingToken);
            if (pass != new CallRecordingRetentionPass(0, 0))
            {
                LogPass(pass.Deleted, pass.Failed);
            }
        }, LogFailed, stoppingToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Call recording retention: {Deleted} recordings deleted at Twilio, {Failed} to try again")]
    private partial void LogPass(int deleted, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Call recording retention could not run ({Reason}); it runs again at the next interval")]
    private partial void LogFailed(string reason);
}
