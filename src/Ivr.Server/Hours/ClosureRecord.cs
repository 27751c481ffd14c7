namespace Ivr.Server.Hours;

/// <summary>The emergency closure switch as stored (one row); <see cref="Messages"/> is language → message as JSON (jsonb).</summary>
public sealed class ClosureRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public bool Active { get; set; }

    public string? Message { get; set; }

    public string Messages { get; set; } = "{}";

    public DateTimeOffset ChangedAt { get; set; }
}
