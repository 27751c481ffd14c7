namespace Ivr.Acd.Model;

/// <summary>What a callback operation did, or why it did nothing.</summary>
public enum CallbackOutcome
{
    /// <summary>The caller's place is now held by a callback.</summary>
    Requested,

    /// <summary>This call already asked for a callback, which is still in the engine.</summary>
    AlreadyRequested,

    /// <summary>The caller is being rung for or talking to a counselor: only a waiting caller may ask.</summary>
    Refused,

    /// <summary>No such caller or callback (never there, ended, or already connected).</summary>
    NotFound,

    /// <summary>The dialled caller is on the call with the counselor.</summary>
    Connected,

    /// <summary>The dial failed; the callback is offered again after the retry interval, at its place.</summary>
    Retrying,

    /// <summary>The dial failed for the last allowed time: the callback ended as failed.</summary>
    Failed,

    Cancelled,
}
