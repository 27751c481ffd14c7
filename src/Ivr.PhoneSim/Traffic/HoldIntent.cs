namespace Ivr.PhoneSim.Traffic;

/// <summary>What a caller who waits for a counselor does on hold: keeps waiting, asks for a callback, or leaves a message.</summary>
public enum HoldIntent
{
    Wait,
    Callback,
    Message,
}
