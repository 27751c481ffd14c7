namespace Ivr.PhoneSim.Recordings;

/// <summary>The Recording resource's statuses the simulator produces (Twilio's full set also has paused, stopped, processing).</summary>
public static class RecordingStatuses
{
    public const string InProgress = "in-progress";
    public const string Completed = "completed";
    public const string Absent = "absent";
}
