namespace Ivr.Server.Queueing;

/// <summary>What became of a caller's request to be called back.</summary>
public enum CallbackRequestOutcome
{
    /// <summary>A callback stands at the caller's place (or is scheduled); the call is out of the queue.</summary>
    Booked,

    /// <summary>The call had asked already (a retried webhook): the same callback.</summary>
    AlreadyBooked,

    /// <summary>The caller is no longer waiting (a counselor is being rung for them, or they are gone): nothing booked.</summary>
    NotWaiting,
}
