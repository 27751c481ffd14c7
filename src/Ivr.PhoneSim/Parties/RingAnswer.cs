namespace Ivr.PhoneSim.Parties;

public enum RingAnswer
{
    Answer,
    Decline,
    Ignore,
}
