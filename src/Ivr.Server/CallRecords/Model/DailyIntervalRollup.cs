namespace Ivr.Server.CallRecords.Model;

/// <summary>
/// Callers who reached a counselor queue per (day, language, half hour of arrival): what workforce planning forecasts
/// from. <see cref="Interval"/> is 0 (00:00-00:30) to 47 (23:30-24:00) in the records time zone. Offered = queued
/// callers, answered or not; handle seconds = talk + hold + wrap-up of the <see cref="Handled"/> ones; the waits of all
/// queued callers (<see cref="WaitSeconds"/>) and of the abandoned ones give the callers' patience
/// (abandoned / total wait, the exponential estimate with answered callers' waits as censored patience).
/// </summary>
public sealed class DailyIntervalRollup
{
    public const int PerDay = 48;

    public DateOnly Day { get; set; }
    public string Language { get; set; } = "";
    public short Interval { get; set; }
    public int Offered { get; set; }
    public int Answered { get; set; }
    public int Abandoned { get; set; }
    public int Handled { get; set; }
    public double HandleSeconds { get; set; }
    public double WaitSeconds { get; set; }
    public double AbandonedWaitSeconds { get; set; }
}
