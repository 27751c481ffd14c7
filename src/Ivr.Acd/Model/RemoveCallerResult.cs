namespace Ivr.Acd.Model;

/// <summary>Removed is false when the caller was unknown (already gone); a freed counselor may yield Matches.</summary>
public sealed record RemoveCallerResult(bool Removed, CallerState? StateBefore, IReadOnlyList<Match> Matches);
