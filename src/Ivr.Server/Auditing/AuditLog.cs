using System.Security.Claims;
using Ivr.Server.Data;

namespace Ivr.Server.Auditing;

/// <summary>Appends configuration changes to the audit table, naming the signed-in user as the actor.</summary>
public sealed class AuditLog(IvrDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task WriteAsync(string action, string subject, string? details = null, string actor = "", CancellationToken cancellationToken = default)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = actor.Length > 0 ? actor : http.HttpContext?.User.FindFirstValue(ClaimTypes.Name) ?? "system",
            Action = action,
            Subject = subject,
            Details = details,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
