using Ivr.Server.Menus;

namespace Ivr.Server.Configuration;

/// <summary>A stored menu version: a draft until published, then never changed again.</summary>
public sealed class MenuVersionRecord
{
    public int Version { get; set; }

    /// <summary>The <see cref="MenuDefinition"/> as JSON (jsonb).</summary>
    public required string Definition { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }
}
