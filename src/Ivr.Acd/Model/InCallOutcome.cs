namespace Ivr.Acd.Model;

/// <summary>What an in-call operation (transfer, consult) did, or why it did nothing.</summary>
public enum InCallOutcome
{
    /// <summary>Applied.</summary>
    Done,

    /// <summary>The caller is not connected to a counselor (gone, waiting or being rung).</summary>
    NotConnected,

    /// <summary>A consult is in progress: complete or cancel it first.</summary>
    Consulting,

    /// <summary>No consult is in progress.</summary>
    NotConsulting,

    /// <summary>The consulted counselor has not answered yet.</summary>
    NotAnswered,

    /// <summary>The named counselor is not available (or is the one already on the call).</summary>
    Unavailable,

    UnknownCounselor,

    /// <summary>The reservation no longer exists (expired, or the caller left).</summary>
    Gone,
}
