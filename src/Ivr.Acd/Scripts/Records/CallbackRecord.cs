using System.Text.Json.Serialization;

namespace Ivr.Acd.Scripts.Records;

/// <summary>The fields of a stored callback record the engine reads (the glossary: <c>includes/callbacks.lua</c>).</summary>
internal sealed record CallbackRecord
{
    /// <summary>cb while a callback; absent once connected (an ordinary call from then on).</summary>
    [JsonPropertyName("k")]
    public string? Kind { get; init; }

    [JsonPropertyName("st")]
    public string State { get; init; } = "";

    [JsonPropertyName("l")]
    public string Language { get; init; } = "";

    [JsonPropertyName("n")]
    public string? Number { get; init; }

    [JsonPropertyName("oc")]
    public string? OriginalCallSid { get; init; }

    [JsonPropertyName("a")]
    public double ArrivedAt { get; init; }

    [JsonPropertyName("rq")]
    public double RequestedAt { get; init; }

    [JsonPropertyName("tr")]
    public double Attempts { get; init; }

    [JsonPropertyName("nb")]
    public double? NotBefore { get; init; }

    [JsonPropertyName("ag")]
    public string? Counselor { get; init; }

    /// <summary>Once connected: the outbound call's CallSid.</summary>
    [JsonPropertyName("dc")]
    public string? DialledCallSid { get; init; }

    /// <summary>The last failed attempt's reason.</summary>
    [JsonPropertyName("lr")]
    public string? LastFailure { get; init; }
}
