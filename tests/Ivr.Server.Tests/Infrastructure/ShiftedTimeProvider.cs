namespace Ivr.Server.Tests.Infrastructure;

/// <summary>
/// Real time, moved to a chosen moment (for example a Monday morning in Seoul, when every language is open):
/// timers and delays run as in production, only the clock reads differently.
/// </summary>
public sealed class ShiftedTimeProvider(DateTimeOffset startAt) : TimeProvider
{
    private TimeSpan offset = startAt - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;

    /// <summary>Moves the clock forward (e.g. to the day before a booked session); timers keep running in real time.</summary>
    public void Advance(TimeSpan by) => offset += by;
}
