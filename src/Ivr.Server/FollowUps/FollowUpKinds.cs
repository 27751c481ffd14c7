namespace Ivr.Server.FollowUps;

/// <summary>What a follow-up task asks of a counselor.</summary>
public static class FollowUpKinds
{
    /// <summary>The caller left a recorded message (on hold, after hours or at the longest wait).</summary>
    public const string Message = "message";

    /// <summary>A queued callback that could not reach the caller (issue 20, item 5): no recording.</summary>
    public const string Callback = "callback";
}
