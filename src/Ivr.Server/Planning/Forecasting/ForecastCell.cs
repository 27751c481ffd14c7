namespace Ivr.Server.Planning.Forecasting;

/// <summary>The expected queued callers of a language in one half hour (0-47) of a date, and their average handling time.</summary>
public sealed record ForecastCell(DateOnly Date, string Language, int Interval, double Offered, double HandleSeconds)
{
    public const int Minutes = 30;

    public string Start => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(Interval * Minutes)).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
