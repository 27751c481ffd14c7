using System.Text.Json;
using Ivr.Acd.Model;
using StackExchange.Redis;

namespace Ivr.Acd.Engine;

/// <summary>Reads the JSON object a script returns.</summary>
internal sealed class ScriptResult(JsonElement root)
{
    public static ScriptResult From(RedisResult result) => new(JsonDocument.Parse((string)result!).RootElement.Clone());

    public JsonElement Root => root;

    public string Str(string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    public long Long(string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? (long)value.GetDouble() : 0;

    public bool Bool(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    public IEnumerable<JsonElement> Items(string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    public IReadOnlyList<string> Strings(string name) => [.. Items(name).Select(item => item.GetString()!)];

    public static CounselorState? CounselorStateOf(string text) => text switch
    {
        "offline" => CounselorState.Offline,
        "available" => CounselorState.Available,
        "reserved" => CounselorState.Reserved,
        "oncall" => CounselorState.OnCall,
        "wrapup" => CounselorState.WrapUp,
        "break" => CounselorState.Break,
        "missed" => CounselorState.Missed,
        _ => null,
    };

    public static CallerState? CallerStateOf(string text) => text switch
    {
        "waiting" => CallerState.Waiting,
        "reserved" => CallerState.Reserved,
        "connected" => CallerState.Connected,
        _ => null,
    };
}
