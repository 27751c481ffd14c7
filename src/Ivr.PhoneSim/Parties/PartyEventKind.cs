namespace Ivr.PhoneSim.Parties;

public enum PartyEventKind
{
    Answered,
    Heard,
    Gathered,
    Enqueued,
    Dequeued,
    Connected,
    Disconnected,
    Ended,
}
