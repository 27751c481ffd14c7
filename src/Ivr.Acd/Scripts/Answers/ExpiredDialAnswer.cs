using System.Text.Json.Serialization;

namespace Ivr.Acd.Scripts.Answers;

/// <summary>A dial the sweep expired; when it was the callback's last attempt (<see cref="Ended"/>), the callback as it ended.</summary>
internal sealed record ExpiredDialAnswer(
    [property: JsonPropertyName("c")] string CallbackId,
    [property: JsonPropertyName("g")] string Counselor)
{
    [JsonPropertyName("f")]
    public bool Ended { get; init; }

    [JsonPropertyName("l")]
    public string Language { get; init; } = "";

    [JsonPropertyName("n")]
    public string Number { get; init; } = "";

    [JsonPropertyName("oc")]
    public string OriginalCallSid { get; init; } = "";

    [JsonPropertyName("tr")]
    public double Attempts { get; init; }
}
