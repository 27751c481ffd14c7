using Ivr.Server.Configuration;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Recordings;

/// <summary>
/// Which calls are recorded: the switches operations staff saved on the console (in the configuration snapshot every
/// instance holds), else the deployment's defaults (<see cref="RecordingOptions"/>). A language: its own saved switch,
/// its own default, then the saved switch for every language, then <see cref="RecordingOptions.Enabled"/>. A tag
/// (victim-support): its saved switch, else its default (off for victim-support, on for any other).
/// </summary>
public sealed class RecordingPolicy(IOptions<RecordingOptions> options)
{
    public bool Records(IvrSnapshot snapshot, string language)
    {
        var saved = snapshot.RecordingSettings;
        if (saved.TryGetValue(language, out var own))
        {
            return own;
        }
        if (options.Value.Languages.TryGetValue(language, out var configured))
        {
            return configured;
        }
        return saved.TryGetValue(RecordingSettingRecord.AllLanguages, out var all) ? all : options.Value.Enabled;
    }

    public bool RecordsTag(IvrSnapshot snapshot, string tag) =>
        snapshot.RecordingSettings.TryGetValue(RecordingSettingRecord.TagPrefix + tag, out var on) ? on : options.Value.Tags.GetValueOrDefault(tag, true);

    /// <summary>Whether a call with these tags may be recorded (no tag of theirs is switched off).</summary>
    public bool RecordsTags(IvrSnapshot snapshot, IEnumerable<string> tags) => tags.All(tag => RecordsTag(snapshot, tag));
}
