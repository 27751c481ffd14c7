namespace Ivr.Server.FollowUps;

/// <summary>How a task ended, chosen by the counselor who closes it.</summary>
public static class FollowUpDispositions
{
    public const string CalledBack = "called-back";
    public const string Resolved = "resolved";
    public const string NoAnswer = "no-answer";
    public const string NotNeeded = "not-needed";

    public static readonly IReadOnlyList<string> All = [CalledBack, Resolved, NoAnswer, NotNeeded];
}
