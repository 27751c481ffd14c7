using Ivr.Server.CallRecords.Model;
using Ivr.Server.CallRecords.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Ivr.Server.CallRecords.Rollups;

/// <summary>
/// Recomputes every rollup from the call rows (and idle time from the events that end an idle period) in one transaction, with the
/// same <see cref="RollupDelta"/> the writer uses: a repair tool, and the check that incremental rollups are right.
/// Calls deleted by retention (<see cref="RetentionMode.Delete"/>) are no longer counted after a rebuild.
/// </summary>
public sealed class RollupRebuilder(RecordsContextSource contexts, IOptions<CallRecordsOptions> options)
{
    public async Task<long> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var timeZone = options.Value.ResolveTimeZone();
        await using var db = contexts.Create();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "TRUNCATE records.daily_language, records.daily_dimension, records.hourly_arrivals, records.counselor_daily, records.daily_callbacks, records.daily_interval", cancellationToken);
        var delta = new RollupDelta(timeZone);
        long calls = 0;
        await foreach (var call in db.Calls.AsNoTracking().Where(call => call.Outcome != CallOutcome.InProgress).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            delta.Add(call, +1);
            calls++;
        }
        await foreach (var idle in db.CallEvents.AsNoTracking().Where(row => CounselorEvents.IdleEnding.Contains(row.Type)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            delta.AddIdle(idle);
        }
        await RollupWriter.ApplyAsync((NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction(), delta, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return calls;
    }
}
