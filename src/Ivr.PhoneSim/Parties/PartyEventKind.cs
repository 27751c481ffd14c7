namespace Ivr.PhoneSim.Parties;

public enum PartyEventKind
{
    Answered,
    Heard,
    Gathered,
    Enqueued,
    Dequeued,
    Connected,

    /// <summary>Another leg joined the conference this call is in; Detail: that leg's CallSid.</summary>
    Joined,

    Disconnected,
    Ended,
}
