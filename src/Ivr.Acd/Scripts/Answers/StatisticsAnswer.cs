using System.Text.Json.Serialization;

namespace Ivr.Acd.Scripts.Answers;

/// <summary>What <c>statistics</c> answers: a language's counters (counselors by state), today's totals, waits in ms.</summary>
internal sealed record StatisticsAnswer
{
    [JsonPropertyName("waiting")]
    public double Waiting { get; init; }

    [JsonPropertyName("longest")]
    public double LongestWait { get; init; }

    [JsonPropertyName("available")]
    public double Available { get; init; }

    [JsonPropertyName("reserved")]
    public double Reserved { get; init; }

    [JsonPropertyName("oncall")]
    public double OnCall { get; init; }

    [JsonPropertyName("wrapup")]
    public double WrapUp { get; init; }

    [JsonPropertyName("break")]
    public double Break { get; init; }

    [JsonPropertyName("missed")]
    public double Missed { get; init; }

    [JsonPropertyName("offline")]
    public double Offline { get; init; }

    [JsonPropertyName("answered")]
    public double Answered { get; init; }

    [JsonPropertyName("abandoned")]
    public double Abandoned { get; init; }

    [JsonPropertyName("ewt")]
    public double ExpectedWait { get; init; }
}
