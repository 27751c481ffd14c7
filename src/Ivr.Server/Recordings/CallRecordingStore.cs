using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Model;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Recordings;

/// <summary>The references of calls' recordings (<c>records.call_recordings</c>).</summary>
public sealed class CallRecordingStore(RecordsDbContext db)
{
    /// <summary>Keeps the reference; the same recording told again (a retried callback, another instance) is kept once.</summary>
    public Task AddAsync(CallRecording recording, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO records.call_recordings (recording_sid, call_sid, type, language, tags, seconds, recorded_at, expires_at)
            VALUES ({recording.RecordingSid}, {recording.CallSid}, {recording.Type}, {recording.Language}, {recording.Tags}, {recording.Seconds},
                {recording.RecordedAt.ToUniversalTime()}, {recording.ExpiresAt.ToUniversalTime()})
            ON CONFLICT (recording_sid) DO NOTHING
            """, cancellationToken);

    /// <summary>The call's recordings, first made first.</summary>
    public async Task<IReadOnlyList<CallRecording>> ForCallAsync(string callSid, CancellationToken cancellationToken) =>
        await db.CallRecordings.AsNoTracking().Where(row => row.CallSid == callSid).OrderBy(row => row.RecordedAt).ToListAsync(cancellationToken);

    /// <summary>The newest recordings, for the console's list.</summary>
    public async Task<IReadOnlyList<CallRecording>> RecentAsync(int limit, CancellationToken cancellationToken) =>
        await db.CallRecordings.AsNoTracking().OrderByDescending(row => row.RecordedAt).Take(limit).ToListAsync(cancellationToken);
}
