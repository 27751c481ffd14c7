using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ivr.Acd.Engine;

/// <summary>
/// The engine's own meter and activity source, both named <see cref="Name"/>: one routing decision is one
/// <c>acd.match</c> span and one <c>ivr.acd.decisions</c> measurement. A host that listens to neither pays nothing.
/// </summary>
public static class AcdTelemetry
{
    public const string Name = "Ivr.Acd";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Decisions = Meter.CreateCounter<long>(
        "ivr.acd.decisions", "{decision}", "Routing decisions: one match script run for a language.");

    private static readonly Histogram<double> DecisionDuration = Meter.CreateHistogram(
        "ivr.acd.decision.duration", "s", "How long one routing decision took, Redis round trip included.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1] });

    /// <summary>Outcome tag values: a reservation made, nobody eligible on one side, or the script failed.</summary>
    public static class Outcomes
    {
        public const string Matched = "matched";
        public const string NoMatch = "no_match";
        public const string Error = "error";
    }

    internal static void Decided(string language, string outcome, TimeSpan took)
    {
        var tags = new TagList { { "ivr.language", language }, { "ivr.acd.outcome", outcome } };
        Decisions.Add(1, tags);
        DecisionDuration.Record(took.TotalSeconds, tags);
    }
}
