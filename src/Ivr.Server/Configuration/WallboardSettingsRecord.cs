namespace Ivr.Server.Configuration;

/// <summary>The wallboard's thresholds as stored (one row in the config schema; the thresholds as JSON).</summary>
public sealed class WallboardSettingsRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public required string Thresholds { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }
}
