using Ivr.Server.Hours;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Configuration;

/// <summary>Menus, languages, hours, holidays, the closure switch, the waiting policies and the other settings operations keep, in the <c>config</c> schema.</summary>
public sealed class ConfigurationDbContext(DbContextOptions<ConfigurationDbContext> options) : DbContext(options)
{
    public const string Schema = "config";

    public DbSet<MenuVersionRecord> MenuVersions => Set<MenuVersionRecord>();

    public DbSet<ActiveMenuRecord> ActiveMenu => Set<ActiveMenuRecord>();

    public DbSet<LanguageRecord> Languages => Set<LanguageRecord>();

    public DbSet<HolidayRecord> Holidays => Set<HolidayRecord>();

    public DbSet<ClosureRecord> Closure => Set<ClosureRecord>();

    public DbSet<WallboardSettingsRecord> WallboardSettings => Set<WallboardSettingsRecord>();

    public DbSet<OutsideNumbersRecord> OutsideNumbers => Set<OutsideNumbersRecord>();

    public DbSet<RememberedLanguageRecord> RememberedLanguage => Set<RememberedLanguageRecord>();

    public DbSet<WaitingPolicyRecord> WaitingPolicies => Set<WaitingPolicyRecord>();
    public DbSet<RecordingSettingRecord> RecordingSettings => Set<RecordingSettingRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<MenuVersionRecord>(menu =>
        {
            menu.HasKey(record => record.Version);
            menu.Property(record => record.Definition).HasColumnType("jsonb");
        });
        modelBuilder.Entity<ActiveMenuRecord>().Property(record => record.Id).ValueGeneratedNever();
        modelBuilder.Entity<LanguageRecord>(language =>
        {
            language.HasKey(record => record.Code);
            language.HasIndex(record => record.MenuNumber).IsUnique();
            language.Property(record => record.Schedule).HasColumnType("jsonb");
        });
        modelBuilder.Entity<HolidayRecord>(holiday =>
        {
            holiday.HasKey(record => record.Date);
            holiday.Property(record => record.OpenLanguages).HasColumnType("jsonb").HasDefaultValueSql("'{}'::jsonb");
        });
        modelBuilder.Entity<ClosureRecord>(closure =>
        {
            closure.Property(record => record.Id).ValueGeneratedNever();
            closure.Property(record => record.Messages).HasColumnType("jsonb").HasDefaultValueSql("'{}'::jsonb");
        });
        modelBuilder.Entity<WallboardSettingsRecord>(settings =>
        {
            settings.Property(record => record.Id).ValueGeneratedNever();
            settings.Property(record => record.Thresholds).HasColumnType("jsonb");
            settings.Property(record => record.ChangedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<OutsideNumbersRecord>(settings =>
        {
            settings.Property(record => record.Id).ValueGeneratedNever();
            settings.Property(record => record.AllowedPrefixes).HasColumnType("jsonb");
            settings.Property(record => record.ChangedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<RememberedLanguageRecord>(settings =>
        {
            settings.ToTable("remembered_language");
            settings.Property(record => record.Id).ValueGeneratedNever();
            settings.Property(record => record.ChangedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<WaitingPolicyRecord>(policy =>
        {
            policy.HasKey(record => record.Language);
            policy.Property(record => record.Language).HasMaxLength(16);
            policy.Property(record => record.MaxWaitOffer).HasConversion<string>().HasMaxLength(16);
            policy.Property(record => record.OverflowLanguage).HasMaxLength(16);
            policy.Property(record => record.ChangedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<RecordingSettingRecord>(setting =>
        {
            setting.HasKey(record => record.Key);
            setting.Property(record => record.Key).HasMaxLength(48);
            setting.Property(record => record.ChangedBy).HasMaxLength(256);
        });
    }
}
