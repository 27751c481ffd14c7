namespace Ivr.Acd.Model;

/// <summary>What holding or releasing a scheduled reservation did; a release may let waiting callers be matched at once.</summary>
public sealed record ScheduleResult(ScheduleOutcome Outcome, IReadOnlyList<Match> Matches);
