namespace Ivr.Server.Configuration;

/// <summary>
/// One recording switch operations staff set (<c>PUT /api/ivr/recording</c>): <see cref="Key"/> is
/// <see cref="AllLanguages"/>, a language code, or <see cref="TagPrefix"/> and a caller tag (e.g. <c>tag:victim-support</c>,
/// the victim-support team's calls). A switch never saved keeps the configuration's default (section <c>Recording</c>).
/// </summary>
public sealed class RecordingSettingRecord
{
    public const string AllLanguages = "*";
    public const string TagPrefix = "tag:";

    public required string Key { get; set; }

    public bool Recorded { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }
}
