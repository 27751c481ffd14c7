namespace Ivr.Acd.Model;

/// <summary>
/// A caller joining a language's queue. Priority is 0-9 (higher first) and may be raised by the rule's priority
/// tags. ArrivedAt defaults to now; the operation id makes a retried join return its first answer.
/// </summary>
public sealed record EnqueueRequest(string CallSid, string Language, int Priority, IReadOnlyList<string> Tags, bool AcceptsOverflow)
{
    public DateTimeOffset? ArrivedAt { get; init; }

    public string? OperationId { get; init; }
}
