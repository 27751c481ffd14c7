namespace Ivr.Server.FollowUps;

/// <summary>A claim's or close's outcome, with the task as it now is (null when there is none for the counselor).</summary>
public sealed record FollowUpResult(FollowUpOutcome Outcome, FollowUpView? Task);
