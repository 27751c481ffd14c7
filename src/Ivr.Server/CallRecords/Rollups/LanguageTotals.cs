using Ivr.Server.CallRecords.Model;

namespace Ivr.Server.CallRecords.Rollups;

/// <summary>A signed change to one <see cref="DailyLanguageRollup"/> row.</summary>
public sealed class LanguageTotals
{
    public int Arrivals, SelfService, AbandonedInMenu, AfterHours, Closed, QueueFull, Queued, Answered, AbandonedInQueue,
        Callbacks, QueueTimeouts, Transferred, Overflowed, Handled, WrappedUp, MessageLeft;
    public double AnsweredWaitSeconds, LongestWaitSeconds, TalkSeconds, HoldSeconds, WrapUpSeconds;
    public readonly int[] AnsweredWithin = new int[WaitThresholds.Seconds.Count];
    public readonly int[] AbandonedWithin = new int[WaitThresholds.Seconds.Count];

    /// <summary>A counted call left this row with a wait that may have been the longest: recompute the maximum.</summary>
    public bool LongestWaitMayShrink;

    public void Add(CallRecord call, int sign)
    {
        Arrivals += sign;
        switch (call.Outcome)
        {
            case CallOutcome.SelfService: SelfService += sign; break;
            case CallOutcome.AbandonedInMenu: AbandonedInMenu += sign; break;
            case CallOutcome.AfterHours: AfterHours += sign; break;
            case CallOutcome.Closed: Closed += sign; break;
            case CallOutcome.QueueFull: QueueFull += sign; break;
            case CallOutcome.AbandonedInQueue: AbandonedInQueue += sign; break;
            case CallOutcome.Callback: Callbacks += sign; break;
            case CallOutcome.QueueTimeout: QueueTimeouts += sign; break;
            case CallOutcome.Transferred: Transferred += sign; break;
            case CallOutcome.Overflowed: Overflowed += sign; break;
        }
        if (call.MessageLeft)
        {
            MessageLeft += sign;
        }
        var wait = call.WaitSeconds;
        if (call.QueueJoinedAt is not null)
        {
            Queued += sign;
            if (wait is { } w)
            {
                if (sign > 0)
                {
                    LongestWaitSeconds = Math.Max(LongestWaitSeconds, w);
                }
                else
                {
                    LongestWaitMayShrink = true;
                }
            }
        }
        if (call.AnsweredAt is not null)
        {
            Answered += sign;
            AnsweredWaitSeconds += sign * (wait ?? 0);
            Within(AnsweredWithin, wait ?? 0, sign);
            if (call.TalkSeconds is { } talk)
            {
                Handled += sign;
                TalkSeconds += sign * talk;
                HoldSeconds += sign * (call.HoldSeconds ?? 0);
            }
            if (call.WrapUpSeconds is { } wrapUp)
            {
                WrappedUp += sign;
                WrapUpSeconds += sign * wrapUp;
            }
        }
        else if (call.Outcome == CallOutcome.AbandonedInQueue)
        {
            Within(AbandonedWithin, wait ?? 0, sign);
        }
    }

    private static void Within(int[] counts, double wait, int sign)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            if (wait <= WaitThresholds.Seconds[i])
            {
                counts[i] += sign;
            }
        }
    }
}
