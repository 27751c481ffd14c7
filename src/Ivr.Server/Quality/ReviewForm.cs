namespace Ivr.Server.Quality;

/// <summary>A version of the review form operations define; the newest is the one reviewers fill in.</summary>
public sealed class ReviewForm
{
    public int Version { get; set; }
    public List<ReviewCriterion> Criteria { get; set; } = [];
    public string? Note { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// The form before operations saved one (version 0): what a helpline's call review usually weighs.
    /// </summary>
    public static ReviewForm Default { get; } = new()
    {
        Version = 0,
        CreatedBy = "",
        Criteria =
        [
            new("greeting", "Greeting and identification / 인사와 신원 확인", 10, 5),
            new("understanding", "Understood the caller's need / 용건 파악", 25, 5),
            new("accuracy", "Accurate information (residency rules) / 정확한 안내", 35, 5),
            new("empathy", "Courtesy and empathy / 친절과 공감", 20, 5),
            new("closing", "Summary and closing / 요약과 마무리", 10, 5),
        ],
    };

    /// <summary>The weighted score, 0-100: each criterion's share of its maximum, weighted.</summary>
    public double Score(IReadOnlyDictionary<string, int> scores) =>
        Math.Round(100.0 * Criteria.Sum(criterion => criterion.Weight * (double)scores[criterion.Key] / criterion.MaxScore)
            / Criteria.Sum(criterion => criterion.Weight), 1);
}
