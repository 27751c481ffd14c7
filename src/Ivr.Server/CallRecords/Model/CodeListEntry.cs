namespace Ivr.Server.CallRecords.Model;

/// <summary>An entry of a code list kept as data (residency statuses, topics): a code and its English name.</summary>
public sealed class CodeListEntry
{
    public required string List { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
}
