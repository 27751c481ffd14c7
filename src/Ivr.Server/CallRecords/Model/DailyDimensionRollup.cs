namespace Ivr.Server.CallRecords.Model;

/// <summary>Finished calls per (day, dimension, code), where the dimension is a residency status, topic or institution.</summary>
public sealed class DailyDimensionRollup
{
    public const string Residency = "residency";
    public const string Topic = "topic";
    public const string Institution = "institution";

    public DateOnly Day { get; set; }
    public string Dimension { get; set; } = "";
    public string Code { get; set; } = "";
    public int Calls { get; set; }
}
