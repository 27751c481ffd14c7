namespace Ivr.Server.CallRecords.Model;

/// <summary>Per counselor and day: handled calls, their handle time, and idle time (from counselor.idle events) for occupancy.</summary>
public sealed class CounselorDailyRollup
{
    public DateOnly Day { get; set; }
    public string Counselor { get; set; } = "";
    public int Handled { get; set; }
    public double TalkSeconds { get; set; }
    public double HoldSeconds { get; set; }
    public double WrapUpSeconds { get; set; }
    public double IdleSeconds { get; set; }
}
