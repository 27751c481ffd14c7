namespace Ivr.Server.FollowUps;

/// <summary>What a counselor's claim or close came to.</summary>
public enum FollowUpOutcome
{
    Done,

    /// <summary>No such task in the counselor's languages.</summary>
    NotFound,

    /// <summary>Another counselor holds it, or it is done already: the task as it is says which.</summary>
    Conflict,
}
