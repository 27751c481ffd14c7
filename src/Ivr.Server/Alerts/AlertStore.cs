using System.Security.Claims;
using Ivr.Server.Auditing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ivr.Server.Alerts;

/// <summary>The alerts in PostgreSQL: raise (once per open key), clear, acknowledge (audited), and the console's list.</summary>
public sealed class AlertStore(AlertsDbContext db, AuditLog audit, TimeProvider clock, IHttpContextAccessor http)
{
    /// <summary>How far back <see cref="ListAsync"/> shows cleared alerts.</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(1);

    private const int MaxListed = 200;

    public async Task<AlertList> ListAsync(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - RecentWindow;
        var open = await db.Alerts.AsNoTracking().Where(alert => alert.ClearedAt == null)
            .OrderByDescending(alert => alert.RaisedAt).ThenByDescending(alert => alert.Id).Take(MaxListed).ToListAsync(cancellationToken);
        var recent = await db.Alerts.AsNoTracking().Where(alert => alert.ClearedAt != null && alert.RaisedAt >= since)
            .OrderByDescending(alert => alert.RaisedAt).ThenByDescending(alert => alert.Id).Take(MaxListed).ToListAsync(cancellationToken);
        return new AlertList(open, recent);
    }

    public Task<List<Alert>> OpenAsync(CancellationToken cancellationToken) =>
        db.Alerts.Where(alert => alert.ClearedAt == null).ToListAsync(cancellationToken);

    /// <summary>The new alert, or null when one is already open for its key (raised by another instance).</summary>
    public async Task<Alert?> RaiseAsync(AlertReading reading, CancellationToken cancellationToken)
    {
        var alert = new Alert
        {
            Key = reading.Key, Measure = reading.Measure, Language = reading.Language, Subject = reading.Subject,
            Value = reading.Value, Threshold = reading.Threshold, RaisedAt = clock.GetUtcNow(),
        };
        db.Alerts.Add(alert);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return alert;
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.Entry(alert).State = EntityState.Detached;
            return null;
        }
    }

    /// <summary>Clears the alert (an acknowledgement made at the same moment is kept: only the one column changes).</summary>
    public async Task ClearAsync(Alert alert, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        await db.Alerts.Where(row => row.Id == alert.Id && row.ClearedAt == null)
            .ExecuteUpdateAsync(update => update.SetProperty(row => row.ClearedAt, at), cancellationToken);
        alert.ClearedAt = at;
    }

    /// <summary>
    /// Acknowledges the alert as the signed-in user, audited with the change; null when there is no such alert. An
    /// alert someone acknowledged already stays theirs (answered as it is, Changed false).
    /// </summary>
    public async Task<(Alert Alert, bool Changed)?> AcknowledgeAsync(long id, CancellationToken cancellationToken)
    {
        var alert = await db.Alerts.SingleOrDefaultAsync(row => row.Id == id, cancellationToken);
        for (var attempt = 0; alert is not null; attempt++)
        {
            if (alert.AcknowledgedAt is not null)
            {
                return (alert, false);
            }
            alert.AcknowledgedAt = clock.GetUtcNow();
            alert.AcknowledgedBy = http.HttpContext?.User.FindFirstValue(ClaimTypes.Name) ?? "system";
            try
            {
                await audit.SaveChangesAsync(db, "alert.acknowledge", $"alert:{alert.Id}", $"{alert.Key} raised {alert.RaisedAt:O}", cancellationToken);
                return (alert, true);
            }
            catch (DbUpdateConcurrencyException) when (attempt == 0)
            {
                // Acknowledged or cleared at the same moment: read it again, and acknowledge it if nobody did.
                await db.Entry(alert).ReloadAsync(cancellationToken);
            }
        }
        return null;
    }
}
