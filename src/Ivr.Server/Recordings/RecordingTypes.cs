namespace Ivr.Server.Recordings;

/// <summary>The kinds of recording retention knows. A caller's message follows the follow-up tasks' retention (FollowUps/).</summary>
public static class RecordingTypes
{
    /// <summary>A conversation with a counselor (the conference, from the caller's join).</summary>
    public const string Call = "call";

    public static IReadOnlyList<string> All { get; } = [Call];
}
