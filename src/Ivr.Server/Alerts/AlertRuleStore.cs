using System.Security.Claims;
using System.Text.Json;
using Ivr.Server.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Alerts;

/// <summary>Reads and saves the alert rules (<see cref="AlertRules.Default"/> until operations save theirs); saving is audited.</summary>
public sealed class AlertRuleStore(AlertsDbContext db, AuditLog audit, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<AlertRules> GetAsync(CancellationToken cancellationToken) =>
        await db.Rules.AsNoTracking().SingleOrDefaultAsync(cancellationToken) is { } record
            ? JsonSerializer.Deserialize<AlertRules>(record.Rules, JsonSerializerOptions.Web) ?? AlertRules.Default
            : AlertRules.Default;

    public async Task SaveAsync(AlertRules rules, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(rules, JsonSerializerOptions.Web);
        var record = await db.Rules.SingleOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            record = new AlertRulesRecord { Rules = json, ChangedBy = "" };
            db.Rules.Add(record);
        }
        record.Rules = json;
        record.ChangedAt = clock.GetUtcNow();
        record.ChangedBy = http.HttpContext?.User.FindFirstValue(ClaimTypes.Name) ?? "system";
        await audit.SaveChangesAsync(db, "alerts.rules", "alerts", json, cancellationToken);
    }
}
