using Ivr.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Institutions;

/// <summary>The partner institution directory, the names of every institution it held, and the referrals made to them, in schema <c>institutions</c>.</summary>
public sealed class InstitutionsDbContext(DbContextOptions<InstitutionsDbContext> options) : DbContext(options)
{
    public const string Schema = "institutions";

    public DbSet<Institution> Institutions => Set<Institution>();
    public DbSet<Referral> Referrals => Set<Referral>();

    /// <summary>Every id's last names, deleted institutions' too (for reports).</summary>
    public DbSet<InstitutionName> Names => Set<InstitutionName>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);
        builder.Entity<Institution>(institution =>
        {
            institution.ToTable("directory");
            institution.HasKey(row => row.Id);
            institution.Property(row => row.Id).HasMaxLength(InstitutionRules.MaxIdLength);
            institution.Property(row => row.NameKo).HasMaxLength(InstitutionRules.MaxNameLength);
            institution.Property(row => row.NameEn).HasMaxLength(InstitutionRules.MaxNameLength);
            institution.Property(row => row.Kind).HasMaxLength(32);
            institution.Property(row => row.Hours).HasMaxLength(InstitutionRules.MaxHoursLength);
            institution.Property(row => row.Code).HasMaxLength(InstitutionRules.MaxCodeLength);
            institution.Property(row => row.ChangedBy).HasMaxLength(256);
            // Numbers as a text[]; departments as a jsonb list.
            institution.OwnsMany(row => row.Departments, department => department.ToJson());
            // The institution line identifies a caller by a keyed code: one institution per code.
            institution.HasIndex(row => row.Code).IsUnique();
        });
        builder.Entity<InstitutionName>(name =>
        {
            name.ToTable("names");
            name.HasKey(row => row.Id);
            name.Property(row => row.Id).HasMaxLength(InstitutionRules.MaxIdLength);
            name.Property(row => row.NameKo).HasMaxLength(InstitutionRules.MaxNameLength);
            name.Property(row => row.NameEn).HasMaxLength(InstitutionRules.MaxNameLength);
        });
        builder.Entity<Referral>(referral =>
        {
            referral.ToTable("referrals");
            referral.HasKey(row => row.Id);
            referral.Property(row => row.CallSid).HasMaxLength(64);
            referral.Property(row => row.InstitutionId).HasMaxLength(InstitutionRules.MaxIdLength);
            referral.Property(row => row.What).HasMaxLength(ReferralRules.MaxWhatLength);
            referral.Property(row => row.Counselor).HasMaxLength(64);
            referral.Property(row => row.ReferredBy).HasMaxLength(256);
            referral.HasIndex(row => row.CallSid);
            // Reports: referrals per institution and period.
            referral.HasIndex(row => new { row.Day, row.InstitutionId });
        });
    }
}

public sealed class InstitutionsDesignTimeFactory() : DesignTimeDbContextFactory<InstitutionsDbContext>(InstitutionsDbContext.Schema);
