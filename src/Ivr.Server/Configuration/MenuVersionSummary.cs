namespace Ivr.Server.Configuration;

/// <summary>A menu version as the operations API lists it.</summary>
public sealed record MenuVersionSummary(
    int Version, string? Note, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? PublishedAt, string? PublishedBy, bool Active)
{
    public static MenuVersionSummary From(MenuVersionRecord record, int active) =>
        new(record.Version, record.Note, record.CreatedAt, record.CreatedBy, record.PublishedAt, record.PublishedBy, record.Version == active);
}
