namespace Ivr.Acd.Model;

/// <summary>What <c>StartOutboundAsync</c> and <c>OutboundFailedAsync</c> answer.</summary>
public enum OutboundOutcome
{
    /// <summary>The counselor is On call for the outbound call.</summary>
    Started,

    /// <summary>The counselor is not available (on a call, rung, in wrap-up, on a break, offline or missed).</summary>
    Busy,

    /// <summary>The counselor does not serve the call's language.</summary>
    Language,

    UnknownCounselor,

    /// <summary>A call with this id exists already.</summary>
    Exists,

    /// <summary>The call ended unanswered: the counselor is available again.</summary>
    Failed,

    /// <summary>No outbound call of that id is in progress (it ended, or it was answered and handed over).</summary>
    NotFound,
}
