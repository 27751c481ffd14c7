using System.Text.Json.Serialization;

namespace Ivr.Acd.Scripts.Records;

/// <summary>The fields of a stored caller record the engine reads (the glossary: <c>includes/callers.lua</c>).</summary>
internal sealed record CallerRecord
{
    [JsonPropertyName("l")]
    public string Language { get; init; } = "";

    [JsonPropertyName("st")]
    public string State { get; init; } = "";

    /// <summary>The counselor reserved for or on the call.</summary>
    [JsonPropertyName("ag")]
    public string? Counselor { get; init; }

    /// <summary>The counselor consulted on the call.</summary>
    [JsonPropertyName("cg")]
    public string? ConsultedCounselor { get; init; }
}
