namespace Ivr.Server.FollowUps;

/// <summary>A task is open until a counselor claims it (so two do not work the same task), then done.</summary>
public static class FollowUpStates
{
    public const string Open = "open";
    public const string Claimed = "claimed";
    public const string Done = "done";
}
