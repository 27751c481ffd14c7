using Ivr.Server.Redis;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Lawyers;

/// <summary>
/// Every <c>Lawyers:SessionInterval</c>: holds interpreters for the sessions coming within the lead
/// (<see cref="SessionHolds"/>), starts the sessions whose time has come and calls again the parties whose retry is
/// due (<see cref="LawyerSessions"/>), marks missed the sessions whose slot passed unrun and resumes
/// the stalled ones (<see cref="SessionResumer"/>); each step is claimed in PostgreSQL, so every instance may run it. A failed pass
/// is reported and the next tick tries again.
/// </summary>
public sealed partial class SessionRunnerJob(SessionHolds holds, LawyerSessions sessions, SessionResumer resumer, IOptions<LawyerOptions> options, TimeProvider clock, ILogger<SessionRunnerJob> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        RedisPasses.RunAsync(options.Value.SessionInterval, clock, () => PassAsync(stoppingToken), LogFailed, stoppingToken);

    /// <summary>One pass of the runner (also what tests call after moving the clock).</summary>
    public async Task PassAsync(CancellationToken cancellationToken)
    {
        await holds.HoldDueAsync(cancellationToken);
        await sessions.StartDueAsync(cancellationToken);
        await sessions.RetryDueAsync(cancellationToken);
        await resumer.MarkMissedAsync(cancellationToken);
        await resumer.ResumeStalledAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The lawyer session runner could not run ({Reason}); it runs again at the next interval")]
    private partial void LogFailed(string reason);
}
