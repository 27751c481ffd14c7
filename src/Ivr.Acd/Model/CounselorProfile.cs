namespace Ivr.Acd.Model;

/// <summary>
/// A counselor's routing data: proficiency 1-5 per language, team tags (victim-support, interpretation, legal),
/// and an optional wrap-up limit that overrides the language's.
/// </summary>
public sealed record CounselorProfile(string Id, IReadOnlyDictionary<string, int> Skills)
{
    public IReadOnlyList<string> Teams { get; init; } = [];

    public TimeSpan? WrapUp { get; init; }
}
