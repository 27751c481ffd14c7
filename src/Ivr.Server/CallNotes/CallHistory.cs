using System.Security.Claims;
using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.Institutions;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.CallNotes;

/// <summary>
/// An earlier call of the same caller; <see cref="Notes"/> is null when the reader may not read them (a victim's call),
/// and so is <see cref="ReferredTo"/>, the institutions the caller was referred to at wrap-up (Korean names).
/// </summary>
public sealed record EarlierCall(
    string CallSid, DateTimeOffset? ArrivedAt, string? Language, string? Counselor, string Outcome, string? ResidencyStatus, string? Topic,
    bool Sensitive, IReadOnlyList<CallNote>? Notes, IReadOnlyList<string>? ReferredTo = null);

/// <summary>
/// The caller's earlier calls (matched on the keyed hash of their number, never the number), newest first, with the
/// notes the reader may read: what a counselor needs to see who is calling again and why.
/// </summary>
public sealed class CallHistory(RecordsDbContext records, CallNotesReader notes, ReferralReader referrals, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(90);
    public const int MaxCalls = 20;

    /// <summary>Null when the call has no record yet.</summary>
    public async Task<IReadOnlyList<EarlierCall>?> ReadAsync(ClaimsPrincipal user, string callSid, CancellationToken cancellationToken)
    {
        var call = await records.Calls.AsNoTracking().Where(row => row.CallSid == callSid)
            .Select(row => new { row.CallerHash, row.CallbackOf }).SingleOrDefaultAsync(cancellationToken);
        if (call is null)
        {
            return null;
        }
        // A callback's row has no number of its own: its caller is the original call's.
        var hash = call.CallerHash ?? await records.Calls.AsNoTracking().Where(row => row.CallSid == call.CallbackOf)
            .Select(row => row.CallerHash).SingleOrDefaultAsync(cancellationToken);
        if (hash is null)
        {
            return [];
        }
        var since = time.GetUtcNow() - Window;
        var earlier = await records.Calls.AsNoTracking()
            .Where(row => row.CallerHash == hash && row.CallSid != callSid && row.CallSid != call.CallbackOf && row.ArrivedAt >= since && row.Direction == CallDirections.Inbound)
            .OrderByDescending(row => row.ArrivedAt).Take(MaxCalls).ToListAsync(cancellationToken);
        var sids = earlier.Select(row => row.CallSid).ToList();
        var sensitive = await notes.SensitiveAsync(sids, cancellationToken);
        var readable = await notes.ReadAsync(user, sids, sensitive, cancellationToken);
        // Where a victim was referred (a shelter, the police) is as much theirs as the notes: shown with them only.
        var referred = await referrals.InstitutionNamesAsync([.. sids.Where(readable.ContainsKey)], cancellationToken);
        return [.. earlier.Select(row => new EarlierCall(row.CallSid, row.ArrivedAt, row.Language, row.Counselor, row.Outcome, row.ResidencyStatus, row.Topic,
            sensitive.Contains(row.CallSid), readable.GetValueOrDefault(row.CallSid),
            readable.ContainsKey(row.CallSid) ? referred.GetValueOrDefault(row.CallSid, []) : null))];
    }
}
