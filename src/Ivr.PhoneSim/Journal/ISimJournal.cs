namespace Ivr.PhoneSim.Journal;

/// <summary>Receives every <see cref="SimEvent"/>; scenario mode prints them, load mode aggregates them.</summary>
public interface ISimJournal
{
    void Record(SimEvent simEvent);
}
