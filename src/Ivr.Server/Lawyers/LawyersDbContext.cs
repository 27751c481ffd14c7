using Ivr.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Lawyers;

/// <summary>The lawyer roster and its bookings, in schema <c>lawyers</c>.</summary>
public sealed class LawyersDbContext(DbContextOptions<LawyersDbContext> options) : DbContext(options)
{
    public const string Schema = "lawyers";

    public DbSet<Lawyer> Lawyers => Set<Lawyer>();

    public DbSet<LawyerBooking> Bookings => Set<LawyerBooking>();

    public DbSet<LawyerMessage> Messages => Set<LawyerMessage>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);
        builder.Entity<Lawyer>(lawyer =>
        {
            lawyer.ToTable("lawyers");
            lawyer.HasKey(row => row.Id);
            lawyer.Property(row => row.Name).HasMaxLength(LawyerRequest.MaxNameLength);
            lawyer.Property(row => row.Phone).HasMaxLength(16);
            lawyer.Property(row => row.Version).IsRowVersion();
            lawyer.OwnsMany(row => row.Slots, slot =>
            {
                slot.ToTable("availability");
                slot.WithOwner().HasForeignKey("LawyerId");
                slot.Property<int>("Id");
                slot.HasKey("Id");
            });
        });
        builder.Entity<LawyerBooking>(booking =>
        {
            booking.ToTable("bookings");
            booking.HasKey(row => row.Id);
            booking.Property(row => row.Language).HasMaxLength(16);
            booking.Property(row => row.Topic).HasMaxLength(LawyerRequest.MaxTopicLength);
            booking.Property(row => row.CallSid).HasMaxLength(64);
            booking.Property(row => row.BookedBy).HasMaxLength(64);
            booking.Property(row => row.ChangedBy).HasMaxLength(64);
            booking.Property(row => row.State).HasMaxLength(16);
            booking.Property(row => row.HeldCounselor).HasMaxLength(64);
            booking.Property(row => row.InterpreterId).HasMaxLength(64);
            booking.Property(row => row.InterpreterCallSid).HasMaxLength(64);
            booking.Property(row => row.LawyerCallSid).HasMaxLength(64);
            booking.Property(row => row.CallerCallSid).HasMaxLength(64);
            booking.Property(row => row.DialledCallSid).HasMaxLength(64);
            booking.Property(row => row.Version).IsRowVersion();
            booking.HasOne<Lawyer>().WithMany().HasForeignKey(row => row.LawyerId).OnDelete(DeleteBehavior.Restrict);
            // A slot is never booked twice: one booked session per lawyer and start (cancelled ones free it).
            booking.HasIndex(row => new { row.LawyerId, row.StartsAt }).IsUnique().HasFilter("state = 'booked'");
            // The reminder job: booked sessions by time.
            booking.HasIndex(row => new { row.State, row.StartsAt });
            booking.HasIndex(row => row.BookedAt);
        });
        builder.Entity<LawyerMessage>(message =>
        {
            message.ToTable("messages");
            message.HasKey(row => row.Sid);
            message.Property(row => row.Sid).HasMaxLength(64);
            message.Property(row => row.Kind).HasMaxLength(16);
            message.Property(row => row.Status).HasMaxLength(16);
            message.HasOne<LawyerBooking>().WithMany().HasForeignKey(row => row.BookingId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

public sealed class LawyersDesignTimeFactory() : DesignTimeDbContextFactory<LawyersDbContext>(LawyersDbContext.Schema);
