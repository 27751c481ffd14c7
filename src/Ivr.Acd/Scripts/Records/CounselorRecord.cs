using System.Text.Json.Serialization;

namespace Ivr.Acd.Scripts.Records;

/// <summary>The fields of a stored counselor record the engine reads (the glossary: <c>includes/agents.lua</c>).</summary>
internal sealed record CounselorRecord
{
    [JsonPropertyName("st")]
    public string State { get; init; } = "";

    /// <summary>Since when (ms since the Unix epoch) in <see cref="State"/>; 0 in a record from before it was kept.</summary>
    [JsonPropertyName("ss")]
    public double StateSince { get; init; }

    [JsonPropertyName("sk")]
    public Dictionary<string, int> Skills { get; init; } = [];

    [JsonPropertyName("br")]
    public string? BreakReason { get; init; }

    [JsonPropertyName("res")]
    public string? ReservationId { get; init; }

    [JsonPropertyName("call")]
    public string? CallSid { get; init; }

    [JsonPropertyName("na")]
    public double NoAnswersInARow { get; init; }

    /// <summary>In the idle index: routable.</summary>
    [JsonPropertyName("ix")]
    public bool Routable { get; init; }
}
