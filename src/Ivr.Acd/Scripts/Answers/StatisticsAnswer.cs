using System.Text.Json.Serialization;

namespace Ivr.Acd.Scripts.Answers;

/// <summary>What <c>statistics</c> answers: a language's counters (callers and callbacks waiting, counselors by state), today's totals, waits in ms.</summary>
internal sealed record StatisticsAnswer
{
    [JsonPropertyName("waiting")]
    public double Waiting { get; init; }

    [JsonPropertyName("longest")]
    public double LongestWait { get; init; }

    /// <summary>Callbacks in line.</summary>
    [JsonPropertyName("callbacks")]
    public double Callbacks { get; init; }

    /// <summary>Callbacks out of line until their time (a retry, the next opening).</summary>
    [JsonPropertyName("scheduled")]
    public double Scheduled { get; init; }

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

    [JsonPropertyName("cbconnected")]
    public double CallbacksConnected { get; init; }

    [JsonPropertyName("cbfailed")]
    public double CallbacksFailed { get; init; }

    [JsonPropertyName("ewt")]
    public double ExpectedWait { get; init; }
}
