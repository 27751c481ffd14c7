namespace Ivr.Server.Staffing;

/// <summary>
/// A counselor's configuration as operations staff set it: the source of truth that the live ACD profile in Redis
/// is written from (and rebuilt from after a Redis loss).
/// </summary>
public sealed class Counselor
{
    /// <summary>The ACD's counselor id and the softphone's Twilio Client identity.</summary>
    public required string Id { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>The staff account (Identity user) that signs in as this counselor, if any.</summary>
    public string? UserId { get; set; }

    public List<CounselorSkill> Skills { get; set; } = [];

    /// <summary>Team tags such as victim-support, interpretation, legal.</summary>
    public List<string> Teams { get; set; } = [];

    /// <summary>Overrides the language's wrap-up limit.</summary>
    public int? WrapUpSeconds { get; set; }

    public IReadOnlyDictionary<string, int> SkillMap() => Skills.ToDictionary(skill => skill.Language, skill => skill.Level);
}

/// <summary>A language the counselor speaks, with proficiency 1 (can help) to 5 (native).</summary>
public sealed class CounselorSkill
{
    public required string Language { get; set; }

    public int Level { get; set; }
}
