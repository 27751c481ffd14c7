using Ivr.Server.CallRecords;
using Ivr.Server.Telephony;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Recordings;

/// <summary>
/// Deletes expired call recordings (<c>Recording:RetentionDays</c> per type, fixed when each was made): first at Twilio
/// (REST DELETE; one Twilio does not know counts as deleted), then the reference here. A recording Twilio could not
/// delete keeps its reference and is tried again every pass, so none is lost track of; an unreachable Twilio ends
/// the pass.
/// </summary>
public sealed partial class CallRecordingRetention(IServiceScopeFactory scopes, TwilioRecordings recordings, TimeProvider clock, ILogger<CallRecordingRetention> logger)
{
    /// <summary>Recordings deleted per pass at most: a long backlog goes over several passes, not in one burst at Twilio.</summary>
    public const int BatchSize = 500;

    public async Task<CallRecordingRetentionPass> ApplyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecordsDbContext>();
        var now = clock.GetUtcNow();
        var expired = await db.CallRecordings.AsNoTracking().Where(row => row.ExpiresAt <= now).OrderBy(row => row.ExpiresAt)
            .Select(row => row.RecordingSid).Take(BatchSize).ToListAsync(cancellationToken);
        var (deleted, failed) = await recordings.DeleteEachAsync(expired,
            sid => db.CallRecordings.Where(row => row.RecordingSid == sid).ExecuteDeleteAsync(cancellationToken), LogDeleteFailed);
        return new CallRecordingRetentionPass(deleted, failed);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention could not delete call recording {RecordingSid} at Twilio ({Reason}); the next pass tries again")]
    private partial void LogDeleteFailed(string recordingSid, string reason);
}

/// <summary>What one pass did: recordings deleted at Twilio and here, and those Twilio could not delete now (kept to try again).</summary>
public sealed record CallRecordingRetentionPass(int Deleted, int Failed);
