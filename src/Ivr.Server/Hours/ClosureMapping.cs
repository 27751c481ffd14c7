using System.Text.Json;

namespace Ivr.Server.Hours;

/// <summary>Converts the closure row to and from the immutable <see cref="Closure"/>.</summary>
public static class ClosureMapping
{
    public static Closure ToClosure(this ClosureRecord record) =>
        new(record.Active, record.Message, JsonSerializer.Deserialize<Dictionary<string, string>>(record.Messages, JsonSerializerOptions.Web) ?? []);

    public static string SerializeMessages(IReadOnlyDictionary<string, string>? messages) =>
        JsonSerializer.Serialize(messages ?? new Dictionary<string, string>(), JsonSerializerOptions.Web);
}
