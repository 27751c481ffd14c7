namespace Ivr.Server.CallRecords.Model;

/// <summary>Finished calls per (day, hour of arrival), for arrivals by hour of day and weekday.</summary>
public sealed class HourlyArrivalRollup
{
    public DateOnly Day { get; set; }
    public short Hour { get; set; }
    public int Arrivals { get; set; }
}
