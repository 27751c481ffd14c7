using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Institutions;

/// <summary>Where callers were referred, for the caller's history: per call, the institutions' Korean names (the id when no longer in the directory).</summary>
public sealed class ReferralReader(InstitutionsDbContext db, InstitutionDirectory directory)
{
    public async Task<Dictionary<string, IReadOnlyList<string>>> InstitutionNamesAsync(IReadOnlyCollection<string> callSids, CancellationToken cancellationToken)
    {
        if (callSids.Count == 0)
        {
            return [];
        }
        var referrals = await db.Referrals.AsNoTracking().Where(row => callSids.Contains(row.CallSid)).OrderBy(row => row.ReferredAt)
            .Select(row => new { row.CallSid, row.InstitutionId }).ToListAsync(cancellationToken);
        var all = await directory.AllAsync(cancellationToken);
        return referrals.GroupBy(row => row.CallSid).ToDictionary(group => group.Key, group => (IReadOnlyList<string>)
            [.. group.Select(row => all.FirstOrDefault(institution => institution.Id == row.InstitutionId)?.NameKo ?? row.InstitutionId).Distinct()]);
    }
}
