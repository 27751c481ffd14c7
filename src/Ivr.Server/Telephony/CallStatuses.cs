namespace Ivr.Server.Telephony;

/// <summary>Twilio's CallStatus values, as its status callbacks and the Calls resource spell them.</summary>
public static class CallStatuses
{
    public const string Queued = "queued";
    public const string Initiated = "initiated";
    public const string Ringing = "ringing";
    public const string InProgress = "in-progress";
    public const string Completed = "completed";
    public const string Busy = "busy";
    public const string Failed = "failed";
    public const string NoAnswer = "no-answer";
    public const string Canceled = "canceled";

    /// <summary>Whether the call is over (no other status follows): completed, or it never connected.</summary>
    public static bool IsTerminal(string? status) => status is Completed or Busy or Failed or NoAnswer or Canceled;
}
