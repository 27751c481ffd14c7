using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Quality;

public static class QualityRequests
{
    public const int MaxCommentLength = 2000;
    public const int MaxCriteria = 20;
}

/// <summary>A new version of the review form (operations).</summary>
public sealed record ReviewFormRequest(
    [property: Required, MinLength(1), MaxLength(QualityRequests.MaxCriteria)] List<ReviewCriterion> Criteria,
    [property: StringLength(500)] string? Note);

/// <summary>A supervisor's scores for one handled call: every criterion of the current form, 0 to its maximum.</summary>
public sealed record ReviewRequest(
    [property: Required, StringLength(64, MinimumLength = 1)] string CallSid,
    [property: Required] Dictionary<string, int> Scores,
    [property: StringLength(QualityRequests.MaxCommentLength)] string? Comment);

/// <summary>A handled call a supervisor may review, with its review by them if any.</summary>
public sealed record ReviewableCall(
    string CallSid, string Counselor, string? Language, DateTimeOffset? AnsweredAt, double? TalkSeconds, bool Recorded, double? Score);
