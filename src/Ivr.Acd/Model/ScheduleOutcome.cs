namespace Ivr.Acd.Model;

public enum ScheduleOutcome
{
    /// <summary>The counselor is held for the session (or the hold is released).</summary>
    Done,
    /// <summary>The counselor holds another scheduled reservation that overlaps this one.</summary>
    Busy,
    /// <summary>A release of a hold the counselor does not have (released before, or ended).</summary>
    Gone,
    UnknownCounselor,
}
