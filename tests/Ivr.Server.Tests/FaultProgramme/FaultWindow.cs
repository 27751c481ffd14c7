namespace Ivr.Server.Tests.FaultProgramme;

/// <summary>When a fault was in force, in the simulator's (virtual) time, so arrivals can be compared with it.</summary>
public sealed record FaultWindow(string Name, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Callers arriving this long after a fault ends still meet its aftermath (reconnects, catch-up).</summary>
    public static readonly TimeSpan Recovery = TimeSpan.FromSeconds(10);

    public bool Covers(DateTimeOffset arrival, double acceleration) =>
        arrival >= Start && arrival <= End + Recovery * acceleration;
}
