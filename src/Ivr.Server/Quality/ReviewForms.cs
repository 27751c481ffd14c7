using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Quality;

/// <summary>The current review form (the newest version, or <see cref="ReviewForm.Default"/> before any was saved).</summary>
public static class ReviewForms
{
    public static async Task<ReviewForm> CurrentAsync(this QualityDbContext db, CancellationToken cancellationToken) =>
        await db.Forms.AsNoTracking().OrderByDescending(form => form.Version).FirstOrDefaultAsync(cancellationToken) ?? ReviewForm.Default;

    /// <summary>What is wrong with a form, by field; empty when it can be saved.</summary>
    public static Dictionary<string, string[]> Check(ReviewFormRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var duplicates = request.Criteria.GroupBy(criterion => criterion.Key).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        if (duplicates.Count > 0)
        {
            errors["criteria"] = [$"Each criterion needs its own key; repeated: {string.Join(", ", duplicates)}."];
        }
        return errors;
    }

    /// <summary>What is wrong with a review's scores against <paramref name="form"/>, by field; empty when they fit it.</summary>
    public static Dictionary<string, string[]> Check(ReviewForm form, IReadOnlyDictionary<string, int> scores)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var criterion in form.Criteria)
        {
            if (!scores.TryGetValue(criterion.Key, out var score))
            {
                errors[$"scores.{criterion.Key}"] = [$"'{criterion.Label}' is not scored."];
            }
            else if (score < 0 || score > criterion.MaxScore)
            {
                errors[$"scores.{criterion.Key}"] = [$"'{criterion.Label}' is scored from 0 to {criterion.MaxScore}."];
            }
        }
        foreach (var unknown in scores.Keys.Where(key => form.Criteria.All(criterion => criterion.Key != key)))
        {
            errors[$"scores.{unknown}"] = [$"The form (version {form.Version}) has no criterion '{unknown}'."];
        }
        return errors;
    }
}
