using System.Globalization;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>A Redis stream entry id, <c>milliseconds-sequence</c>, ordered as Redis orders them.</summary>
public readonly record struct StreamId(long Milliseconds, long Sequence) : IComparable<StreamId>
{
    public static bool TryParse(string? text, out StreamId id)
    {
        id = default;
        var dash = text?.IndexOf('-') ?? -1;
        if (dash <= 0 ||
            !long.TryParse(text.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds) ||
            !long.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return false;
        }
        id = new StreamId(milliseconds, sequence);
        return true;
    }

    public static StreamId Min(StreamId left, StreamId right) => left.CompareTo(right) <= 0 ? left : right;

    public int CompareTo(StreamId other) => (Milliseconds, Sequence).CompareTo((other.Milliseconds, other.Sequence));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Milliseconds}-{Sequence}");
}
