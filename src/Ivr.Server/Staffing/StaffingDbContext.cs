using Ivr.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Staffing;

public sealed class StaffingDbContext(DbContextOptions<StaffingDbContext> options) : DbContext(options)
{
    public const string Schema = "staffing";

    public DbSet<Counselor> Counselors => Set<Counselor>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);
        builder.Entity<Counselor>(counselor =>
        {
            counselor.Property(entity => entity.Id).HasMaxLength(64);
            counselor.Property(entity => entity.DisplayName).HasMaxLength(200);
            counselor.HasIndex(entity => entity.UserId).IsUnique();
            counselor.OwnsMany(entity => entity.Skills, skill =>
            {
                skill.ToTable("counselor_skills");
                skill.WithOwner().HasForeignKey("CounselorId");
                skill.HasKey("CounselorId", nameof(CounselorSkill.Language));
                skill.Property(entity => entity.Language).HasMaxLength(16);
                skill.HasIndex(nameof(CounselorSkill.Language), nameof(CounselorSkill.Level));
            });
        });
    }
}

public sealed class StaffingDesignTimeFactory() : DesignTimeDbContextFactory<StaffingDbContext>(StaffingDbContext.Schema);
