namespace Ivr.Server.CallRecords.Model;

/// <summary>Finished calls per (day, dimension, code), where the dimension is a residency status, topic, institution or a sensitive call.</summary>
public sealed class DailyDimensionRollup
{
    public const string Residency = "residency";
    public const string Topic = "topic";
    public const string Institution = "institution";

    /// <summary>Sensitive calls (code <see cref="SensitiveTags.VictimSupport"/>): counted, never shown.</summary>
    public const string Sensitive = "sensitive";

    public DateOnly Day { get; set; }
    public string Dimension { get; set; } = "";
    public string Code { get; set; } = "";
    public int Calls { get; set; }
}
