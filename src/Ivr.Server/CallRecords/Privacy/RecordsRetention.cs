using Ivr.Server.CallRecords.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ivr.Server.CallRecords.Privacy;

/// <summary>One retention pass: past the period, the caller's number (hash and encryption), the events and the quarantined entries go; the call row stays anonymised or is deleted.</summary>
public sealed class RecordsRetention(RecordsContextSource contexts, IOptions<CallRecordsOptions> options, TimeProvider clock)
{
    /// <returns>How many call rows were anonymised or deleted.</returns>
    public async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        var cutoff = (clock.GetUtcNow() - options.Value.RetentionPeriod).ToUniversalTime();
        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var expired = db.Calls.Where(call => call.ArrivedAt < cutoff);
        // Events carry the wrap-up note and the protected number; they go in both modes.
        await db.CallEvents.Where(row => expired.Any(call => call.CallSid == row.CallSid)).ExecuteDeleteAsync(cancellationToken);
        // Quarantined entries belong to no call row (their content may be what could not be stored): they go by their own date.
        await db.QuarantinedEvents.Where(row => row.QuarantinedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        var affected = options.Value.RetentionMode == RetentionMode.Delete
            ? await expired.ExecuteDeleteAsync(cancellationToken)
            : await expired.Where(call => call.CallerHash != null || call.CallerEncrypted != null || call.Dialed != null)
                .ExecuteUpdateAsync(set => set.SetProperty(call => call.CallerHash, (byte[]?)null)
                    .SetProperty(call => call.CallerEncrypted, (byte[]?)null)
                    .SetProperty(call => call.Dialed, (string?)null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return affected;
    }
}
