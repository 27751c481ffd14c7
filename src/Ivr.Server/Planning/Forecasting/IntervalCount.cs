namespace Ivr.Server.Planning.Forecasting;

/// <summary>One row of the <c>records.daily_interval</c> rollup: queued callers of a language in a half hour (0-47) of a day.</summary>
public sealed record IntervalCount(
    DateOnly Day, string Language, int Interval, int Offered, int Abandoned, int Handled, double HandleSeconds, double WaitSeconds);
