using System.Security.Claims;
using Ivr.Server.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Softphone;

/// <summary>The counselor a staff account is linked to (operations staff link them in the staffing API), if any.</summary>
public static class CounselorLink
{
    public const string NotLinked = "This account is not linked to a counselor; ask operations staff to link it.";

    public static Task<string?> CounselorIdAsync(this StaffingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return db.Counselors.AsNoTracking().Where(counselor => counselor.UserId == userId).Select(counselor => counselor.Id)
            .SingleOrDefaultAsync(cancellationToken);
    }
}
