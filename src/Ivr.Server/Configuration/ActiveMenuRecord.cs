namespace Ivr.Server.Configuration;

/// <summary>The one row naming the published version new calls start on; rollback points it at an earlier one.</summary>
public sealed class ActiveMenuRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public int Version { get; set; }

    public DateTimeOffset ActivatedAt { get; set; }

    public required string ActivatedBy { get; set; }
}
