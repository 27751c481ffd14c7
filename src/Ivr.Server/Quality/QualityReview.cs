namespace Ivr.Server.Quality;

/// <summary>A supervisor's review of one handled call against a version of the form.</summary>
public sealed class QualityReview
{
    public Guid Id { get; set; }
    public required string CallSid { get; set; }
    public required string Counselor { get; set; }
    public required string Language { get; set; }

    /// <summary>The day the call arrived (records time zone): reports group reviews by when the call was, not when it was scored.</summary>
    public DateOnly Day { get; set; }
    public int FormVersion { get; set; }
    public Dictionary<string, int> Scores { get; set; } = [];

    /// <summary>0-100, from <see cref="ReviewForm.Score"/>.</summary>
    public double Score { get; set; }
    public string? Comment { get; set; }
    public required string Reviewer { get; set; }
    public DateTimeOffset ReviewedAt { get; set; }
}
