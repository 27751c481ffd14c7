using System.Text.Json.Serialization;

namespace Ivr.Acd.Scripts.Answers;

/// <summary>What <c>enqueue</c>, <c>tag_caller</c> and <c>caller_status</c> answer about a caller.</summary>
internal sealed record CallerAnswer
{
    [JsonPropertyName("o")]
    public string Outcome { get; init; } = "";

    /// <summary>waiting, reserved, connected, or none.</summary>
    [JsonPropertyName("st")]
    public string State { get; init; } = "";

    [JsonPropertyName("l")]
    public string Language { get; init; } = "";

    /// <summary>1-based place in line, 0 unless waiting.</summary>
    [JsonPropertyName("pos")]
    public double Position { get; init; }

    /// <summary>Expected wait, ms.</summary>
    [JsonPropertyName("ewt")]
    public double ExpectedWait { get; init; }

    /// <summary>Waited so far, ms.</summary>
    [JsonPropertyName("w")]
    public double Waited { get; init; }
}
