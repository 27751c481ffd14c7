using System.Text.Json;
using Ivr.Acd;
using StackExchange.Redis;

namespace Ivr.Server.Softphone;

/// <summary>
/// The fields of the ACD's counselor record (<c>acd:agents</c>, see docs/acd.md) the softphone needs beyond
/// <see cref="Ivr.Acd.Model.CounselorStatus"/>: when the state began, the wrap-up deadline, the call being wrapped up
/// and when the current call connected. Times are Unix milliseconds in the record.
/// </summary>
public sealed record CounselorAgentRecord(
    string State,
    string? BreakReason,
    string? CallSid,
    string? ReservationId,
    DateTimeOffset? Since,
    DateTimeOffset? WrapUpDeadline,
    string? LastCallSid,
    DateTimeOffset? ConnectedAt)
{
    public static async Task<CounselorAgentRecord?> ReadAsync(IDatabaseAsync redis, AcdKeys keys, string counselorId)
    {
        var json = await redis.HashGetAsync(keys.Agents, counselorId);
        return json.IsNull ? null : Parse((string)json!);
    }

    public static CounselorAgentRecord Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new CounselorAgentRecord(
            Text(root, "st") ?? "offline", Text(root, "br"), Text(root, "call"), Text(root, "res"),
            Time(root, "ss"), Time(root, "we"), Text(root, "lc"), Time(root, "cs"));
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static DateTimeOffset? Time(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)value.GetDouble())
            : null;
}
