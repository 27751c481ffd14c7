using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Quality;

/// <summary>
/// One line of the review form: what the reviewer scores (<paramref name="Key"/>, shown as <paramref name="Label"/>),
/// from 0 to <paramref name="MaxScore"/>, counting <paramref name="Weight"/> in the call's total.
/// </summary>
public sealed record ReviewCriterion(
    [property: Required, RegularExpression("^[a-z][a-z0-9-]{0,31}$")] string Key,
    [property: Required, StringLength(120, MinimumLength = 1)] string Label,
    [property: Range(1, 100)] int Weight,
    [property: Range(1, 10)] int MaxScore);
