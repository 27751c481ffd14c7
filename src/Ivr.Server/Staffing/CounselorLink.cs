using System.Collections.Frozen;
using System.Security.Claims;
using Ivr.Server.Data;
using Ivr.Server.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Staffing;

/// <summary>
/// The counselor each staff account is linked to (operations staff link them in the staffing API), held in memory so
/// a counselor's actions (presence, wrap-up, hold, transfer) go on while PostgreSQL is down. A link changed through
/// another instance applies here within <see cref="FreshFor"/>; one changed through this instance at once.
/// </summary>
public sealed class CounselorLink(IServiceScopeFactory scopes, TimeProvider time, ILogger<CounselorLink> logger)
{
    public const string NotLinked = "This account is not linked to a counselor; ask operations staff to link it.";

    public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(10);

    private readonly LastKnown<FrozenDictionary<string, string>> byAccount = new(
        cancellationToken => LoadAsync(scopes, cancellationToken), FreshFor, time, logger);

    public async Task<string?> CounselorIdAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
        && (await byAccount.GetAsync(cancellationToken)).TryGetValue(userId, out var counselorId)
            ? counselorId
            : null;

    /// <summary>Called after counselors are saved or deleted through this instance.</summary>
    public void Changed() => byAccount.Forget();

    private static async Task<FrozenDictionary<string, string>> LoadAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var links = await scope.ServiceProvider.GetRequiredService<StaffingDbContext>().Counselors.AsNoTracking()
            .Where(counselor => counselor.UserId != null)
            .Select(counselor => new { UserId = counselor.UserId!, counselor.Id })
            .ToListAsync(cancellationToken);
        return links.ToFrozenDictionary(link => link.UserId, link => link.Id, StringComparer.Ordinal);
    }
}
