namespace Ivr.Server.Menus;

/// <summary>Hand the caller to the queue for a language, with the tags of the node they were queued from.</summary>
public sealed record QueueStep(string Language, IReadOnlyList<string> Tags) : MenuStep
{
    public bool Equals(QueueStep? other) =>
        other is not null && Language == other.Language && Tags.SequenceEqual(other.Tags, StringComparer.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Language);
}
