using System.Security.Claims;
using Ivr.Server.Authorization;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.CallNotes;

/// <summary>
/// Who may read a call's notes: supervisors and operations any call's; counselors an ordinary call's, and a sensitive
/// call's (a victim of crime) only when they are on the victim-support team.
/// </summary>
public sealed class NoteReaders(CounselorLink links, StaffingDbContext staffing)
{
    public async Task<bool> MayReadAsync(ClaimsPrincipal user, bool sensitive, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Operations))
        {
            return true;
        }
        if (!user.IsInRole(Roles.Counselor))
        {
            return false;
        }
        if (!sensitive)
        {
            return true;
        }
        var counselorId = await links.CounselorIdAsync(user, cancellationToken);
        if (counselorId is null)
        {
            return false;
        }
        var teams = await staffing.Counselors.AsNoTracking().Where(counselor => counselor.Id == counselorId)
            .Select(counselor => counselor.Teams).SingleOrDefaultAsync(cancellationToken);
        return teams?.Contains(SensitiveTags.Team, StringComparer.Ordinal) == true;
    }
}
