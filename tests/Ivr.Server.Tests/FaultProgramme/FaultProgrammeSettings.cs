using System.Globalization;

namespace Ivr.Server.Tests.FaultProgramme;

/// <summary>
/// How long and how hard the fault programme runs. CI's defaults (2 minutes, 6 calls/s, 300 counselors) fit two
/// loaded cores; deploy/dev/faults.sh sets FAULTS_DURATION=600 FAULTS_RATE=40 FAULTS_COUNSELORS=5000 for the full run.
/// Rates and durations are real time.
/// </summary>
public sealed record FaultProgrammeSettings(TimeSpan Duration, double CallsPerSecond, int Counselors)
{
    /// <summary>The simulator plays prompts and talk this many times faster than real time (the servers keep real time).</summary>
    public const double Acceleration = 20;

    public static FaultProgrammeSettings FromEnvironment() => new(
        TimeSpan.FromSeconds(Read("FAULTS_DURATION", 120)), Read("FAULTS_RATE", 6), (int)Read("FAULTS_COUNSELORS", 300));

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Duration.TotalSeconds:0} s at {CallsPerSecond:0.#} new calls/s, {Counselors} counselors, 2 instances");

    private static double Read(string name, double fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
