namespace Ivr.Acd.Model;

/// <summary>Status is null when the queue was full; Matches are the reservations the join triggered.</summary>
public sealed record EnqueueResult(EnqueueOutcome Outcome, CallerStatus? Status, IReadOnlyList<Match> Matches);
