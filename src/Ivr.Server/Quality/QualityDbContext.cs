using Ivr.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Quality;

/// <summary>Review forms and reviews of handled calls, in schema <c>quality</c>.</summary>
public sealed class QualityDbContext(DbContextOptions<QualityDbContext> options) : DbContext(options)
{
    public const string Schema = "quality";

    public DbSet<ReviewForm> Forms => Set<ReviewForm>();
    public DbSet<QualityReview> Reviews => Set<QualityReview>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);
        builder.Entity<ReviewForm>(form =>
        {
            form.ToTable("forms");
            form.HasKey(row => row.Version);
            form.Property(row => row.Version).ValueGeneratedNever();
            form.Property(row => row.Criteria).HasColumnType("jsonb").HasConversion(Json<List<ReviewCriterion>>.Converter, Json<List<ReviewCriterion>>.Comparer);
            form.Property(row => row.Note).HasMaxLength(500);
            form.Property(row => row.CreatedBy).HasMaxLength(256);
        });
        builder.Entity<QualityReview>(review =>
        {
            review.ToTable("reviews");
            review.HasKey(row => row.Id);
            review.Property(row => row.CallSid).HasMaxLength(64);
            review.Property(row => row.Counselor).HasMaxLength(64);
            review.Property(row => row.Language).HasMaxLength(16);
            review.Property(row => row.Scores).HasColumnType("jsonb").HasConversion(Json<Dictionary<string, int>>.Converter, Json<Dictionary<string, int>>.Comparer);
            review.Property(row => row.Comment).HasMaxLength(QualityRequests.MaxCommentLength);
            review.Property(row => row.Reviewer).HasMaxLength(256);
            // Reports: scores per counselor and per language over time.
            review.HasIndex(row => new { row.Day, row.Counselor });
            // One review per call and reviewer: a second submission replaces the first.
            review.HasIndex(row => new { row.CallSid, row.Reviewer }).IsUnique();
        });
    }
}

public sealed class QualityDesignTimeFactory() : DesignTimeDbContextFactory<QualityDbContext>(QualityDbContext.Schema);
