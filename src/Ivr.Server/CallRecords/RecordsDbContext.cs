using Ivr.Server.CallRecords.Model;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.CallRecords;

/// <summary>Call records, their events, code lists and the rollups the reports read, in schema <c>records</c>.</summary>
public sealed class RecordsDbContext(DbContextOptions<RecordsDbContext> options) : DbContext(options)
{
    public const string Schema = "records";

    public DbSet<CallRecord> Calls => Set<CallRecord>();
    public DbSet<StoredCallEvent> CallEvents => Set<StoredCallEvent>();
    public DbSet<QuarantinedEvent> QuarantinedEvents => Set<QuarantinedEvent>();
    public DbSet<CodeListEntry> CodeLists => Set<CodeListEntry>();
    public DbSet<DailyLanguageRollup> DailyLanguage => Set<DailyLanguageRollup>();
    public DbSet<DailyDimensionRollup> DailyDimensions => Set<DailyDimensionRollup>();
    public DbSet<HourlyArrivalRollup> HourlyArrivals => Set<HourlyArrivalRollup>();
    public DbSet<CounselorDailyRollup> CounselorDaily => Set<CounselorDailyRollup>();
    public DbSet<DailyCallbackRollup> DailyCallbacks => Set<DailyCallbackRollup>();
    public DbSet<CallRecording> CallRecordings => Set<CallRecording>();
    public DbSet<DailyIntervalRollup> DailyIntervals => Set<DailyIntervalRollup>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);
        builder.Entity<CallRecord>(call =>
        {
            call.ToTable("calls");
            call.HasKey(row => row.CallSid);
            // Retention sweeps by arrival; repeat-caller counts look callers up by hash; the raw-scan fallbacks filter by day.
            call.HasIndex(row => row.ArrivedAt);
            call.HasIndex(row => row.CallerHash);
            call.HasIndex(row => new { row.Day, row.Language });
            call.Property(row => row.Direction).HasDefaultValue(CallDirections.Inbound);
        });
        builder.Entity<CallRecording>(recording =>
        {
            recording.ToTable("call_recordings");
            recording.HasKey(row => row.RecordingSid);
            recording.HasIndex(row => row.CallSid);
            recording.HasIndex(row => row.ExpiresAt);
        });
        builder.Entity<StoredCallEvent>(stored =>
        {
            stored.ToTable("call_events");
            stored.HasKey(row => row.EventId);
            stored.Property(row => row.Fields).HasColumnType("jsonb");
            stored.HasIndex(row => row.CallSid);
        });
        builder.Entity<QuarantinedEvent>(quarantined =>
        {
            quarantined.ToTable("quarantined_events");
            // Keyed by the stream id, never by the event's own fields: those may be what PostgreSQL refused (a CallSid of KBs).
            quarantined.HasKey(row => row.StreamId);
            quarantined.Property(row => row.Content).HasColumnType("jsonb");
            quarantined.HasIndex(row => row.QuarantinedAt);
        });
        builder.Entity<CodeListEntry>(entry =>
        {
            entry.ToTable("code_lists");
            entry.HasKey(row => new { row.List, row.Code });
            entry.HasData(global::Ivr.Server.CallRecords.Model.CodeLists.Seed);
        });
        builder.Entity<DailyLanguageRollup>(rollup =>
        {
            rollup.ToTable("daily_language");
            rollup.HasKey(row => new { row.Day, row.Language });
        });
        builder.Entity<DailyDimensionRollup>(rollup =>
        {
            rollup.ToTable("daily_dimension");
            rollup.HasKey(row => new { row.Dimension, row.Day, row.Code });
        });
        builder.Entity<HourlyArrivalRollup>(rollup =>
        {
            rollup.ToTable("hourly_arrivals");
            rollup.HasKey(row => new { row.Day, row.Hour });
        });
        builder.Entity<CounselorDailyRollup>(rollup =>
        {
            rollup.ToTable("counselor_daily");
            rollup.HasKey(row => new { row.Day, row.Counselor });
        });
        builder.Entity<DailyCallbackRollup>(rollup =>
        {
            rollup.ToTable("daily_callbacks");
            rollup.HasKey(row => new { row.Day, row.Language });
        });
        builder.Entity<DailyIntervalRollup>(rollup =>
        {
            rollup.ToTable("daily_interval");
            rollup.HasKey(row => new { row.Day, row.Language, row.Interval });
        });
    }
}
