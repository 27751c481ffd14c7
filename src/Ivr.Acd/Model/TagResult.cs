namespace Ivr.Acd.Model;

/// <summary>Status is null when the caller is not in the engine; Matches are the reservations the new place triggered.</summary>
public sealed record TagResult(TagOutcome Outcome, CallerStatus? Status, IReadOnlyList<Match> Matches);
