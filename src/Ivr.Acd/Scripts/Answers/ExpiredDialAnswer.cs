using System.Text.Json.Serialization;

namespace Ivr.Acd.Scripts.Answers;

internal sealed record ExpiredDialAnswer(
    [property: JsonPropertyName("c")] string CallbackId,
    [property: JsonPropertyName("g")] string Counselor);
