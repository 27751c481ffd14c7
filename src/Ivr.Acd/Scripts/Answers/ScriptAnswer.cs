using System.Text.Json;
using StackExchange.Redis;

namespace Ivr.Acd.Scripts.Answers;

/// <summary>Reads the JSON a script answers (or a record it stores) into its named fields.</summary>
internal static class ScriptAnswer
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new LuaListConverter() } };

    public static T Read<T>(RedisResult result) => Read<T>((string)result!);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"A script answered null where {typeof(T).Name} was expected.");
}
