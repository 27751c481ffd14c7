using Ivr.Server.CallRecords.Model;

namespace Ivr.Server.CallRecords.Rollups;

/// <summary>A signed change to one <see cref="DailyCallbackRollup"/> row.</summary>
public sealed class CallbackTotals
{
    public int Requested, Completed, Failed, Cancelled, Attempts;
    public double TimeToCallbackSeconds;

    public void Add(CallRecord callback, int sign)
    {
        Requested += sign;
        switch (callback.Outcome)
        {
            case CallOutcome.CallbackCompleted: Completed += sign; break;
            case CallOutcome.CallbackFailed: Failed += sign; break;
            case CallOutcome.CallbackCancelled: Cancelled += sign; break;
        }
        Attempts += sign * (callback.CallbackAttempts ?? 0);
        TimeToCallbackSeconds += sign * (callback.TimeToCallbackSeconds ?? 0);
    }
}
