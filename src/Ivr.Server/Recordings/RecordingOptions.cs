namespace Ivr.Server.Recordings;

/// <summary>
/// Call recording (section <c>Recording</c>), set by operations in the deployment's configuration. A language whose
/// calls are recorded plays the consent announcement before the queue; a caller who refuses is not recorded.
/// </summary>
public sealed class RecordingOptions
{
    public const string Section = "Recording";

    /// <summary>Whether calls are recorded in every language not named in <see cref="Languages"/>. Off by default.</summary>
    public bool Enabled { get; set; }

    /// <summary>Per language, on or off whatever <see cref="Enabled"/> says (e.g. <c>Recording:Languages:vi=true</c>).</summary>
    public Dictionary<string, bool> Languages { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Per caller tag (a topic, the team that serves it): false keeps calls with the tag unrecorded, consent or not.
    /// Victim-support calls are not recorded unless operations set <c>Recording:Tags:victim-support=true</c>.
    /// </summary>
    public Dictionary<string, bool> Tags { get; set; } = new(StringComparer.Ordinal) { [VictimSupport] = false };

    /// <summary>Days a recording is kept, per type (<see cref="RecordingTypes"/>); retention then deletes it at Twilio and here.</summary>
    public Dictionary<string, int> RetentionDays { get; set; } = new(StringComparer.Ordinal) { [RecordingTypes.Call] = 90 };

    /// <summary>How often retention looks for expired recordings.</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);

    public const string VictimSupport = "victim-support";

    /// <summary>Whether a caller in <paramref name="language"/> is asked for consent (and, unless they refuse, recorded).</summary>
    public bool Records(string language) => Languages.TryGetValue(language, out var on) ? on : Enabled;

    /// <summary>Whether a call with these tags may be recorded (no tag is turned off).</summary>
    public bool RecordsTags(IEnumerable<string> tags) => tags.All(tag => Tags.GetValueOrDefault(tag, true));
}
