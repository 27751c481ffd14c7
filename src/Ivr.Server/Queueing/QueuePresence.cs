namespace Ivr.Server.Queueing;

/// <summary>What the ACD knows of a caller.</summary>
public enum QueuePresence
{
    /// <summary>No record of the caller: never queued, gone, or forgotten (a lost write, Redis restarted empty).</summary>
    Unknown,

    /// <summary>In line, or reserved for a counselor who is being rung.</summary>
    Waiting,

    /// <summary>Talking to a counselor.</summary>
    Connected,
}
