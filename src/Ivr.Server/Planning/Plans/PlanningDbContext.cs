using Ivr.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Planning.Plans;

/// <summary>The staffing plan's versions, in schema <c>planning</c>.</summary>
public sealed class PlanningDbContext(DbContextOptions<PlanningDbContext> options) : DbContext(options)
{
    public const string Schema = "planning";

    public DbSet<PlanVersion> Plans => Set<PlanVersion>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);
        builder.Entity<PlanVersion>(plan =>
        {
            plan.ToTable("plans");
            plan.HasKey(row => row.Version);
            plan.Property(row => row.Version).ValueGeneratedNever();
            plan.Property(row => row.Content).HasColumnType("jsonb");
            plan.Property(row => row.Note).HasMaxLength(PlanVersion.MaxNoteLength);
            plan.Property(row => row.CreatedBy).HasMaxLength(256);
        });
    }
}

public sealed class PlanningDesignTimeFactory() : DesignTimeDbContextFactory<PlanningDbContext>(PlanningDbContext.Schema);
