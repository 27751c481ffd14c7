namespace Ivr.Server.Monitoring;

/// <summary>
/// How a supervisor is in a call: <c>listen</c> (muted: nobody hears them), <c>whisper</c> (coaching the counselor's
/// leg: only the counselor hears them), <c>barge</c> (a full participant: everyone hears them).
/// </summary>
public static class MonitorMode
{
    public const string Listen = "listen";
    public const string Whisper = "whisper";
    public const string Barge = "barge";

    public static readonly IReadOnlyList<string> All = [Listen, Whisper, Barge];

    public static bool IsValid(string? mode) => mode is not null && All.Contains(mode, StringComparer.Ordinal);
}
