using System.Text.Json.Serialization;

namespace Ivr.Acd.Scripts.Answers;

/// <summary>What one batch of <c>carry_over_callbacks</c> did.</summary>
internal sealed record CarryOverAnswer
{
    /// <summary>Callbacks scheduled for the next opening.</summary>
    [JsonPropertyName("n")]
    public double Scheduled { get; init; }

    /// <summary>Where the next batch starts.</summary>
    [JsonPropertyName("cursor")]
    public string Cursor { get; init; } = "";

    /// <summary>A batch was full: carry on.</summary>
    [JsonPropertyName("more")]
    public bool More { get; init; }
}
