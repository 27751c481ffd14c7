using Ivr.Server.CallRecords.Model;

namespace Ivr.Server.CallRecords.Rollups;

/// <summary>A signed change to one <see cref="DailyIntervalRollup"/> row, for a call that joined a queue.</summary>
public sealed class IntervalTotals
{
    public int Offered, Answered, Abandoned, Handled;
    public double HandleSeconds, WaitSeconds, AbandonedWaitSeconds;

    public void Add(CallRecord call, int sign)
    {
        var wait = call.WaitSeconds ?? 0;
        Offered += sign;
        WaitSeconds += sign * wait;
        if (call.AnsweredAt is not null)
        {
            Answered += sign;
            if (call.TalkSeconds is { } talk)
            {
                Handled += sign;
                HandleSeconds += sign * (talk + (call.HoldSeconds ?? 0) + (call.WrapUpSeconds ?? 0));
            }
        }
        else if (call.Outcome == CallOutcome.AbandonedInQueue)
        {
            Abandoned += sign;
            AbandonedWaitSeconds += sign * wait;
        }
    }

    /// <summary>The half hour (0-47) of the call's arrival in <paramref name="timeZone"/>.</summary>
    public static short IntervalOf(CallRecord call, TimeZoneInfo timeZone)
    {
        var minute = call.ArrivedAt is { } arrived ? TimeZoneInfo.ConvertTime(arrived, timeZone).Minute : 0;
        return (short)(call.Hour * 2 + minute / 30);
    }
}
