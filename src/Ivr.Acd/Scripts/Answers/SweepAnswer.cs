using System.Text.Json.Serialization;

namespace Ivr.Acd.Scripts.Answers;

/// <summary>What one batch of <c>sweep</c> did.</summary>
internal sealed record SweepAnswer
{
    [JsonPropertyName("expired")]
    public IReadOnlyList<string> ExpiredReservations { get; init; } = [];

    [JsonPropertyName("timedout")]
    public IReadOnlyList<TimedOutAnswer> TimedOut { get; init; } = [];

    [JsonPropertyName("lost")]
    public IReadOnlyList<string> LostCallers { get; init; } = [];

    [JsonPropertyName("released")]
    public IReadOnlyList<string> ReleasedCounselors { get; init; } = [];

    [JsonPropertyName("dials")]
    public IReadOnlyList<ExpiredDialAnswer> ExpiredDials { get; init; } = [];

    /// <summary>Languages to match now.</summary>
    [JsonPropertyName("langs")]
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>A batch was full: sweep again.</summary>
    [JsonPropertyName("more")]
    public bool More { get; init; }
}
