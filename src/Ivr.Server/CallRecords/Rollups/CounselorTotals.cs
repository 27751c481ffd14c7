namespace Ivr.Server.CallRecords.Rollups;

/// <summary>A signed change to one counselor-day row.</summary>
public sealed class CounselorTotals
{
    public int Handled;
    public double TalkSeconds, HoldSeconds, WrapUpSeconds, IdleSeconds;
}
