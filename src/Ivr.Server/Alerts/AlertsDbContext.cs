using Ivr.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Alerts;

/// <summary>Alerts and their rules, in schema <c>alerts</c>.</summary>
public sealed class AlertsDbContext(DbContextOptions<AlertsDbContext> options) : DbContext(options)
{
    public const string Schema = "alerts";

    public DbSet<Alert> Alerts => Set<Alert>();

    public DbSet<AlertRulesRecord> Rules => Set<AlertRulesRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);
        builder.Entity<Alert>(alert =>
        {
            alert.ToTable("alerts");
            alert.HasKey(row => row.Id);
            alert.Property(row => row.Key).HasMaxLength(160);
            alert.Property(row => row.Measure).HasMaxLength(32);
            alert.Property(row => row.Language).HasMaxLength(16);
            alert.Property(row => row.Subject).HasMaxLength(128);
            alert.Property(row => row.AcknowledgedBy).HasMaxLength(256);
            alert.Property(row => row.Version).IsRowVersion();
            // One open alert per breach, whichever instance raises it.
            alert.HasIndex(row => row.Key).IsUnique().HasFilter("cleared_at IS NULL");
            alert.HasIndex(row => row.RaisedAt);
        });
        builder.Entity<AlertRulesRecord>(rules =>
        {
            rules.ToTable("rules");
            rules.HasKey(row => row.Id);
            rules.Property(row => row.Rules).HasColumnType("jsonb");
            rules.Property(row => row.ChangedBy).HasMaxLength(256);
        });
    }
}

/// <summary>The one row of alert rules (JSON of <see cref="AlertRules"/>); absent until operations save theirs.</summary>
public sealed class AlertRulesRecord
{
    public int Id { get; set; } = 1;

    public required string Rules { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }
}

public sealed class AlertsDesignTimeFactory() : DesignTimeDbContextFactory<AlertsDbContext>(AlertsDbContext.Schema);
