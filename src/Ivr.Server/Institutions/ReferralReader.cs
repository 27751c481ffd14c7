using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Institutions;

/// <summary>Where callers were referred, for the caller's history: per call, the institutions' Korean names as last saved (<see cref="InstitutionName"/>: deleted ones too).</summary>
public sealed class ReferralReader(InstitutionsDbContext db)
{
    public async Task<Dictionary<string, IReadOnlyList<string>>> InstitutionNamesAsync(IReadOnlyCollection<string> callSids, CancellationToken cancellationToken)
    {
        if (callSids.Count == 0)
        {
            return [];
        }
        var referrals = await db.Referrals.AsNoTracking().Where(row => callSids.Contains(row.CallSid))
            .GroupJoin(db.Names, row => row.InstitutionId, name => name.Id, (row, names) => new { row, names })
            .SelectMany(pair => pair.names.DefaultIfEmpty(), (pair, name) => new { pair.row.CallSid, pair.row.ReferredAt, Name = name == null ? pair.row.InstitutionId : name.NameKo })
            .OrderBy(row => row.ReferredAt).ToListAsync(cancellationToken);
        return referrals.GroupBy(row => row.CallSid).ToDictionary(group => group.Key, group => (IReadOnlyList<string>)[.. group.Select(row => row.Name).Distinct()]);
    }
}
