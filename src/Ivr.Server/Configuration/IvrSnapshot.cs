using System.Collections.Concurrent;
using Ivr.Server.Hours;

using Ivr.Server.Menus;
namespace Ivr.Server.Configuration;

/// <summary>
/// The configuration new calls see, immutable: the active menu version, languages, hours, holidays, closure.
/// Replaced as a whole on change, so <see cref="Rendered"/> (documents identical for every caller) goes with it.
/// </summary>
public sealed class IvrSnapshot(int activeVersion, MenuDefinition activeMenu, HoursDirectory hours)
{
    public int ActiveVersion { get; } = activeVersion;

    public MenuDefinition ActiveMenu { get; } = activeMenu;

    public HoursDirectory Hours { get; } = hours;

    public ConcurrentDictionary<string, byte[]> Rendered { get; } = new(StringComparer.Ordinal);
}
