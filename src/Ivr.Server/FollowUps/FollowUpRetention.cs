using Ivr.Server.CallRecords;
using Ivr.Server.Telephony;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ivr.Server.FollowUps;

/// <summary>
/// Tasks follow the call records' retention (<c>CallRecords:RetentionPeriod</c>, <c>RetentionMode</c>). Past the
/// period, a task's personal data (protected number, hash, note) goes at once, whether Twilio answers or not; its
/// recording is deleted at Twilio, and only once Twilio confirmed (or does not know it) is the recording sid
/// forgotten. A recording Twilio could not delete keeps its row and is tried again every pass, so none is lost
/// track of. Then the row is kept anonymised, or deleted in <c>Delete</c> mode, as call records are.
/// </summary>
public sealed partial class FollowUpRetention(
    IServiceScopeFactory scopes, TwilioRecordings recordings, IOptions<CallRecordsOptions> options, TimeProvider clock, ILogger<FollowUpRetention> logger)
{
    /// <summary>Recordings deleted per pass at most: a long backlog goes over several passes, not in one burst at Twilio.</summary>
    public const int BatchSize = 500;

    public async Task<FollowUpRetentionPass> ApplyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FollowUpsDbContext>();
        var now = clock.GetUtcNow();
        var cutoff = (now - options.Value.RetentionPeriod).ToUniversalTime();
        var expired = await db.Tasks.Where(task => task.CreatedAt < cutoff && task.ExpiredAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(task => task.ExpiredAt, now)
                .SetProperty(task => task.CallerProtected, (string?)null)
                .SetProperty(task => task.CallerHash, (byte[]?)null)
                .SetProperty(task => task.Note, (string?)null), cancellationToken);

        var pending = await db.Tasks.AsNoTracking().Where(task => task.ExpiredAt != null && task.RecordingSid != null)
            .OrderBy(task => task.CreatedAt).Select(task => task.RecordingSid!).Take(BatchSize).ToListAsync(cancellationToken);
        var (deleted, failed) = await recordings.DeleteEachAsync(pending,
            sid => db.Tasks.Where(row => row.RecordingSid == sid).ExecuteUpdateAsync(set => set.SetProperty(row => row.RecordingSid, (string?)null), cancellationToken),
            LogDeleteFailed);

        var removed = options.Value.RetentionMode == RetentionMode.Delete
            ? await db.Tasks.Where(task => task.ExpiredAt != null && task.RecordingSid == null).ExecuteDeleteAsync(cancellationToken)
            : 0;
        return new FollowUpRetentionPass(expired, deleted, failed, removed);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention could not delete recording {RecordingSid} at Twilio ({Reason}); the next pass tries again")]
    private partial void LogDeleteFailed(string recordingSid, string reason);
}
