using System.Collections.Concurrent;
using Ivr.Server.Hours;

using Ivr.Server.Menus;
namespace Ivr.Server.Configuration;

/// <summary>
/// The configuration new calls see, immutable: the active menu version, languages, hours, holidays, closure,
/// whether callers' languages are remembered, and the waiting policies and recording switches operations staff saved.
/// Replaced as a whole on change, so <see cref="Rendered"/> (documents identical for every caller) goes with it.
/// </summary>
public sealed class IvrSnapshot(
    int activeVersion,
    MenuDefinition activeMenu,
    HoursDirectory hours,
    RememberedLanguageSettings? rememberedLanguage = null,
    IReadOnlyDictionary<string, WaitingPolicy>? waitingPolicies = null,
    IReadOnlyDictionary<string, bool>? recordingSettings = null)
{
    public int ActiveVersion { get; } = activeVersion;

    public MenuDefinition ActiveMenu { get; } = activeMenu;

    public HoursDirectory Hours { get; } = hours;

    public RememberedLanguageSettings RememberedLanguage { get; } = rememberedLanguage ?? RememberedLanguageSettings.Default;

    /// <summary>The languages whose waiting policy operations staff saved (code → policy); the others keep the defaults.</summary>
    public IReadOnlyDictionary<string, WaitingPolicy> WaitingPolicies { get; } = waitingPolicies ?? new Dictionary<string, WaitingPolicy>();

    /// <summary>The recording switches operations staff saved (<see cref="RecordingSettingRecord.Key"/> → on); the others keep the defaults.</summary>
    public IReadOnlyDictionary<string, bool> RecordingSettings { get; } = recordingSettings ?? new Dictionary<string, bool>();

    public ConcurrentDictionary<string, byte[]> Rendered { get; } = new(StringComparer.Ordinal);
}
