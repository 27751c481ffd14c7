namespace Ivr.PhoneSim.Parties;

/// <summary>A party that is a voicemail box: answering machine detection hears its greeting and calls it a machine.</summary>
public interface IAnsweringMachine : IParty
{
    /// <summary>How long its greeting lasts before the beep.</summary>
    TimeSpan Greeting { get; }
}
