using System.Text.Json.Serialization;

namespace Ivr.Acd.Scripts.Answers;

/// <summary>
/// What the callback scripts answer (<c>request_callback</c>, <c>callback_connected</c>, <c>callback_attempt_failed</c>,
/// <c>cancel_callback</c>): the outcome and the callback as it stands after it (includes/callbacks.lua, cb_answer).
/// </summary>
internal sealed record CallbackAnswer
{
    [JsonPropertyName("o")]
    public string Outcome { get; init; } = "";

    [JsonPropertyName("id")]
    public string CallbackId { get; init; } = "";

    /// <summary>scheduled, waiting, reserved, dialling, connected; none when gone (or, when refused, the caller's).</summary>
    [JsonPropertyName("st")]
    public string State { get; init; } = "";

    [JsonPropertyName("l")]
    public string Language { get; init; } = "";

    [JsonPropertyName("n")]
    public string Number { get; init; } = "";

    [JsonPropertyName("oc")]
    public string OriginalCallSid { get; init; } = "";

    /// <summary>The caller's arrival, ms since the Unix epoch.</summary>
    [JsonPropertyName("a")]
    public double ArrivedAt { get; init; }

    /// <summary>Requested at, ms since the Unix epoch.</summary>
    [JsonPropertyName("rq")]
    public double RequestedAt { get; init; }

    [JsonPropertyName("tr")]
    public double Attempts { get; init; }

    /// <summary>Not before, ms since the Unix epoch; 0 when never scheduled.</summary>
    [JsonPropertyName("nb")]
    public double NotBefore { get; init; }

    [JsonPropertyName("g")]
    public string Counselor { get; init; } = "";

    /// <summary>Languages in which a counselor became routable, or the callback's when it went in line: to match now.</summary>
    [JsonPropertyName("gl")]
    public IReadOnlyList<string> Languages { get; init; } = [];
}
