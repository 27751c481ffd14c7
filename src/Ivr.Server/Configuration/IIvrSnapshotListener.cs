namespace Ivr.Server.Configuration;

/// <summary>Told each time the configuration is (re)loaded on this instance, after its own change or another's.</summary>
public interface IIvrSnapshotListener
{
    void SnapshotLoaded(IvrSnapshot snapshot);
}
