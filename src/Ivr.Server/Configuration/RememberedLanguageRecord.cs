namespace Ivr.Server.Configuration;

/// <summary>The remembered-language setting as stored (one row in the config schema; none until operations staff save one).</summary>
public sealed class RememberedLanguageRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public int Days { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }
}
