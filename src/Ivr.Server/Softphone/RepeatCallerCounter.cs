using Ivr.Server.CallRecords.Model;
using Ivr.Server.CallRecords;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Softphone;

/// <summary>
/// How many other calls the same caller made in the last 30 days, matched on the keyed hash of their number in the
/// call records (the number itself is never read). Null while this call's record is not written yet.
/// </summary>
public sealed class RepeatCallerCounter(IServiceScopeFactory scopes, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    public async Task<int?> CountAsync(string callSid, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<RecordsDbContext>();
        var hash = await records.Calls.AsNoTracking().Where(call => call.CallSid == callSid)
            .Select(call => call.CallerHash).FirstOrDefaultAsync(cancellationToken);
        if (hash is null)
        {
            return null;
        }
        var since = time.GetUtcNow() - Window;
        return await records.Calls.AsNoTracking()
            .CountAsync(call => call.CallerHash == hash && call.CallSid != callSid && call.ArrivedAt >= since && call.Direction == CallDirections.Inbound, cancellationToken);
    }
}
