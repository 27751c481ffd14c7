namespace Ivr.Acd.Model;

/// <summary>Status is the caller's place after consenting (null unless waiting); Matches are the reservations it triggered.</summary>
public sealed record OverflowConsentResult(OverflowConsentOutcome Outcome, CallerStatus? Status, IReadOnlyList<Match> Matches);
