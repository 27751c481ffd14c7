namespace Ivr.Server.CallRecords.Model;

/// <summary>
/// Totals per (day, language) of finished calls. The <c>*Within</c> arrays count calls whose wait was at most
/// <see cref="Rollups.WaitThresholds.Seconds"/>[i] seconds, so service level and short abandons work for any supported threshold.
/// </summary>
public sealed class DailyLanguageRollup
{
    public DateOnly Day { get; set; }
    public string Language { get; set; } = "";
    public int Arrivals { get; set; }
    public int SelfService { get; set; }
    public int AbandonedInMenu { get; set; }
    public int AfterHours { get; set; }
    public int Closed { get; set; }
    public int QueueFull { get; set; }
    public int Queued { get; set; }
    public int Answered { get; set; }
    public int AbandonedInQueue { get; set; }
    public int Callbacks { get; set; }
    public int QueueTimeouts { get; set; }
    public int Transferred { get; set; }
    public int Overflowed { get; set; }

    /// <summary>Calls that left a recorded message (a follow-up task), whatever their outcome.</summary>
    public int MessageLeft { get; set; }

    public int[] AnsweredWithin { get; set; } = [];
    public int[] AbandonedWithin { get; set; } = [];
    public double AnsweredWaitSeconds { get; set; }
    public double LongestWaitSeconds { get; set; }
    public int Handled { get; set; }
    public double TalkSeconds { get; set; }
    public double HoldSeconds { get; set; }
    public int WrappedUp { get; set; }
    public double WrapUpSeconds { get; set; }
}
