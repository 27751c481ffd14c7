namespace Ivr.PhoneSim.Recordings;

/// <summary>The Recording resource's statuses the simulator produces (Twilio's full set also has processing).</summary>
public static class RecordingStatuses
{
    public const string InProgress = "in-progress";
    public const string Paused = "paused";
    public const string Stopped = "stopped";
    public const string Completed = "completed";
    public const string Absent = "absent";
}
