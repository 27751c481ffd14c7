using System.Text.Json.Serialization;

namespace Ivr.Acd.Scripts.Answers;

/// <summary>
/// What a script that changes a caller's or counselor's state answers (presence, counselors, reservations, removal,
/// call end, transfers, consults); each fills the fields its header names, the others stay empty.
/// </summary>
internal sealed record ChangeAnswer
{
    [JsonPropertyName("o")]
    public string Outcome { get; init; } = "";

    /// <summary>The state of the counselor (or the caller, for remove_caller) after the change.</summary>
    [JsonPropertyName("st")]
    public string State { get; init; } = "";

    [JsonPropertyName("l")]
    public string Language { get; init; } = "";

    /// <summary>Languages in which a counselor became routable: to match now.</summary>
    [JsonPropertyName("gl")]
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>The counselor concerned: reserved (reservation), on the call (call_ended), who left it (transfers, consult).</summary>
    [JsonPropertyName("g")]
    public string Counselor { get; init; } = "";

    /// <summary>The counselor a transfer or consult names: reserved, consulted, or keeping the caller.</summary>
    [JsonPropertyName("b")]
    public string NamedCounselor { get; init; } = "";

    [JsonPropertyName("c")]
    public string CallSid { get; init; } = "";

    [JsonPropertyName("r")]
    public string ReservationId { get; init; } = "";

    /// <summary>The reservation's deadline, ms since the Unix epoch.</summary>
    [JsonPropertyName("d")]
    public double Deadline { get; init; }
}
