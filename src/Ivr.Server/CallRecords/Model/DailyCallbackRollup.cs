namespace Ivr.Server.CallRecords.Model;

/// <summary>
/// Callbacks per (day they were requested, language): every callback row counts in <see cref="Requested"/> from its
/// request on and in one final state once it has one (pending = requested − completed − failed − cancelled).
/// </summary>
public sealed class DailyCallbackRollup
{
    public DateOnly Day { get; set; }
    public string Language { get; set; } = "";
    public int Requested { get; set; }
    public int Completed { get; set; }
    public int Failed { get; set; }
    public int Cancelled { get; set; }

    /// <summary>Dials made for these callbacks, whatever their state.</summary>
    public int Attempts { get; set; }

    /// <summary>Sum of request-to-connected times of the completed ones: the average is this / <see cref="Completed"/>.</summary>
    public double TimeToCallbackSeconds { get; set; }
}
