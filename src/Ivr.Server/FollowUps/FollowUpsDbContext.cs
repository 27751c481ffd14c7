using Ivr.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.FollowUps;

/// <summary>Follow-up tasks (messages callers left), in schema <c>followups</c>.</summary>
public sealed class FollowUpsDbContext(DbContextOptions<FollowUpsDbContext> options) : DbContext(options)
{
    public const string Schema = "followups";

    public DbSet<FollowUpTask> Tasks => Set<FollowUpTask>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);
        builder.Entity<FollowUpTask>(task =>
        {
            task.ToTable("tasks");
            task.HasKey(row => row.Id);
            task.Property(row => row.Kind).HasMaxLength(16);
            task.Property(row => row.Language).HasMaxLength(16);
            task.Property(row => row.CallSid).HasMaxLength(64);
            task.Property(row => row.RecordingSid).HasMaxLength(64);
            task.Property(row => row.State).HasMaxLength(16);
            task.Property(row => row.ClaimedBy).HasMaxLength(64);
            task.Property(row => row.Disposition).HasMaxLength(32);
            task.Property(row => row.DoneBy).HasMaxLength(64);
            task.Property(row => row.Note).HasMaxLength(FollowUpDoneRequest.MaxNoteLength);
            task.Property(row => row.Version).IsRowVersion();
            // Twilio may send a recording's status callback more than once: one task per recording.
            task.HasIndex(row => row.RecordingSid).IsUnique();
            // The counselors' list: open and claimed tasks of their languages, oldest first.
            task.HasIndex(row => new { row.State, row.Language, row.CreatedAt });
            task.HasIndex(row => row.CreatedAt);
        });
    }
}

public sealed class FollowUpsDesignTimeFactory() : DesignTimeDbContextFactory<FollowUpsDbContext>(FollowUpsDbContext.Schema);
