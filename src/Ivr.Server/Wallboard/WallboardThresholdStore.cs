using System.Security.Claims;
using System.Text.Json;
using Ivr.Server.Auditing;
using Ivr.Server.Configuration;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Wallboard;

/// <summary>Reads and saves the wallboard thresholds (defaults until operations staff save their own); saving is audited.</summary>
public sealed class WallboardThresholdStore(ConfigurationDbContext db, AuditLog audit, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<WallboardThresholds> GetAsync(CancellationToken cancellationToken) =>
        await db.WallboardSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) is { } record
            ? JsonSerializer.Deserialize<WallboardThresholds>(record.Thresholds, JsonSerializerOptions.Web) ?? WallboardThresholds.Default
            : WallboardThresholds.Default;

    public async Task SaveAsync(WallboardThresholds thresholds, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(thresholds, JsonSerializerOptions.Web);
        var record = await db.WallboardSettings.SingleOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            record = new WallboardSettingsRecord { Thresholds = json, ChangedBy = "" };
            db.WallboardSettings.Add(record);
        }
        record.Thresholds = json;
        record.ChangedAt = clock.GetUtcNow();
        record.ChangedBy = http.HttpContext?.User.FindFirstValue(ClaimTypes.Name) ?? "system";
        await audit.SaveChangesAsync(db, "wallboard.thresholds", "wallboard", json, cancellationToken);
    }
}
