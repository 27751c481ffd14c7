using System.Text.Json.Serialization;

namespace Ivr.Acd.Scripts.Answers;

/// <summary>A caller <c>sweep</c> took out of line at their maximum wait.</summary>
internal sealed record TimedOutAnswer
{
    [JsonPropertyName("c")]
    public string CallSid { get; init; } = "";

    [JsonPropertyName("l")]
    public string Language { get; init; } = "";

    /// <summary>The rule's MaxWaitOutcome.</summary>
    [JsonPropertyName("o")]
    public string Outcome { get; init; } = "";
}
