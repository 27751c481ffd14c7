namespace Ivr.PhoneSim.Parties;

/// <summary>
/// What a party does at a &lt;Record&gt;: speaks for <see cref="Speech"/>, then presses <see cref="FinishKey"/>, or
/// hangs up (<see cref="HangUp"/>), or, with neither, stays silent until the Record's timeout ends it.
/// </summary>
public sealed record RecordInput(TimeSpan Speech, string? FinishKey = null, bool HangUp = false)
{
    /// <summary>Says nothing: the Record's silence timeout ends an empty recording.</summary>
    public static RecordInput Silent { get; } = new(TimeSpan.Zero);
}
