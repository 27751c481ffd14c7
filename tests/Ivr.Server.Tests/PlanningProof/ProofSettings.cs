using System.Globalization;

namespace Ivr.Server.Tests.PlanningProof;

/// <summary>
/// Which half hours of the forecast day are replayed and how long each lasts in virtual time. CI's defaults fit two
/// loaded cores: 10:00-11:00, each half hour played for 600 virtual seconds (the forecast rates, a third of the length)
/// after a warm-up of 600 s at 10:00's rate and staffing whose callers are not counted (a queue that starts empty answers
/// everyone at once); 90 s of real time at the simulator's 20x. deploy/dev/planning-proof.sh sets PROOF_FIRST=18
/// PROOF_INTERVALS=8 PROOF_INTERVAL_SECONDS=1800 PROOF_WARMUP=0: the morning peak at full length from the opening at
/// 09:00, when the center does start empty.
/// </summary>
public sealed record ProofSettings(int FirstInterval, int Intervals, double IntervalSeconds, double WarmUpSeconds)
{
    /// <summary>The forecast day: a Monday, the simulated center's day (<see cref="EndToEnd.SimulatedCenter"/>).</summary>
    public static readonly DateOnly Day = new(2026, 11, 30);

    public static ProofSettings FromEnvironment() => new(
        (int)Read("PROOF_FIRST", 20), (int)Read("PROOF_INTERVALS", 2), Read("PROOF_INTERVAL_SECONDS", 600), Read("PROOF_WARMUP", 600));

    public bool FullLength => IntervalSeconds >= 1800;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Intervals} half hours from {TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(30 * FirstInterval)):HH:mm}, each played for {IntervalSeconds:0} virtual s after a warm-up of {WarmUpSeconds:0} s");

    private static double Read(string name, double fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
