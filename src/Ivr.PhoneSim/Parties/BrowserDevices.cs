using System.Collections.Concurrent;

namespace Ivr.PhoneSim.Parties;

/// <summary>The browser devices registered with the simulator, each the party for its <c>client:{identity}</c>.</summary>
public sealed class BrowserDevices(PartyDirectory parties, IPhoneLine line)
{
    private readonly ConcurrentDictionary<string, BrowserDevice> devices = new(StringComparer.Ordinal);

    /// <summary>Registers the device (again after a page reload: the same device, with its ringing or connected call).</summary>
    public BrowserDevice Register(string identity) => devices.GetOrAdd(identity, id =>
    {
        var device = new BrowserDevice(id, line);
        parties.Register("client:" + id, device);
        return device;
    });

    public BrowserDevice? Find(string identity) => devices.GetValueOrDefault(identity);
}
