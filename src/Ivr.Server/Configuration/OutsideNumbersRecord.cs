namespace Ivr.Server.Configuration;

/// <summary>The outside-number rule as stored (one row in the config schema; the allowed prefixes as a JSON array).</summary>
public sealed class OutsideNumbersRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public required string AllowedPrefixes { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }
}
