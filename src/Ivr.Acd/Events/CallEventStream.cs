using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using StackExchange.Redis;

namespace Ivr.Acd.Events;

/// <summary>
/// Appends call events to, and reads them from, a contact center's Redis stream. An entry has one field,
/// <see cref="CallEvent.PackedField"/>, whose value is a JSON array of strings: the event id, type, CallSid, time (Unix
/// milliseconds), then each field's name and value. The ACD's scripts write the same (<c>emit</c>,
/// <c>Scripts/commands/includes/events.lua</c>); docs/call-records.md says why this form. Entries in the earlier format
/// (one stream field per name) are still read, so that none left in a stream across an upgrade is lost.
/// </summary>
public static class CallEventStream
{
    /// <summary>The stream is capped near this length; the call-record writer drains it long before.</summary>
    public const int ApproximateMaxLength = 1_000_000;

    // id, type, call, at: the values before the fields.
    private static readonly string[] Head = [CallEvent.EventIdField, CallEvent.TypeField, CallEvent.CallSidField, CallEvent.AtField];

    // Non-ASCII text as UTF-8, as Lua's cjson writes it (the value never reaches a browser unescaped).
    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static NameValueEntry[] ToEntry(CallEvent callEvent) => [new(CallEvent.PackedField, Pack(callEvent))];

    /// <exception cref="FormatException">The entry is not a call event.</exception>
    public static CallEvent FromEntry(StreamEntry entry)
    {
        if (!IsPacked(entry))
        {
            return FromFields(entry.Values);
        }
        var values = Unpack(entry.Values[0].Value, out var error);
        if (error is not null || values.Count < Head.Length || values.Count % 2 != 0)
        {
            throw new FormatException(error ?? $"{values.Count} strings, where the id, type, call, time and pairs of field name and value were expected");
        }
        var fields = new Dictionary<string, string>((values.Count - Head.Length) / 2, StringComparer.Ordinal);
        for (var i = Head.Length; i < values.Count; i += 2)
        {
            fields[values[i]] = values[i + 1];
        }
        var at = long.Parse(values[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return new CallEvent(values[0], values[1], values[2], DateTimeOffset.FromUnixTimeMilliseconds(at), fields);
    }

    /// <summary>
    /// The entry's names and values, for one that is not a readable event: of a packed entry, the names its values
    /// stand for, as far as it could be read (a value cut by the error is left out).
    /// </summary>
    public static Dictionary<string, string> Fields(StreamEntry entry)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!IsPacked(entry))
        {
            foreach (var value in entry.Values)
            {
                fields[(string)value.Name!] = (string?)value.Value ?? "";
            }
            return fields;
        }
        var values = Unpack(entry.Values[0].Value, out _);
        for (var i = 0; i < values.Count; i++)
        {
            if (i < Head.Length)
            {
                fields[Head[i]] = values[i];
            }
            else if ((i - Head.Length) % 2 == 0)
            {
                fields[values[i]] = i + 1 < values.Count ? values[i + 1] : "";
            }
        }
        return fields;
    }

    public static Task<RedisValue> AppendAsync(IDatabaseAsync redis, ContactCenterKeys keys, CallEvent callEvent) =>
        redis.StreamAddAsync(keys.Events, ToEntry(callEvent), maxLength: ApproximateMaxLength, useApproximateMaxLength: true);

    private static bool IsPacked(StreamEntry entry) => entry.Values is [{ Name: var name }] && name == CallEvent.PackedField;

    private static byte[] Pack(CallEvent callEvent)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, Writing))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(callEvent.EventId);
            writer.WriteStringValue(callEvent.Type);
            writer.WriteStringValue(callEvent.CallSid);
            writer.WriteStringValue(callEvent.At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
            foreach (var (name, value) in callEvent.Fields)
            {
                writer.WriteStringValue(name);
                writer.WriteStringValue(value);
            }
            writer.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <returns>The array's strings in order, as many as could be read; <paramref name="error"/> says what else was found.</returns>
    private static List<string> Unpack(RedisValue packed, out string? error)
    {
        var values = new List<string>(16);
        var reader = new Utf8JsonReader(((ReadOnlyMemory<byte>)packed).Span);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                error = "not a JSON array";
                return values;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.String)
            {
                values.Add(reader.GetString()!);
            }
            error = reader.TokenType == JsonTokenType.EndArray ? null : $"{reader.TokenType} in the array, where only strings belong";
            if (error is null && reader.Read())
            {
                error = "more after the array";
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException) // InvalidOperation: text that is not UTF-8
        {
            error = exception.Message;
        }
        return values;
    }

    // The earlier format: one stream field per name.
    private static CallEvent FromFields(NameValueEntry[] entry)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        string id = "", type = "", call = "";
        long at = 0;
        foreach (var value in entry)
        {
            switch ((string?)value.Name)
            {
                case CallEvent.EventIdField: id = value.Value!; break;
                case CallEvent.TypeField: type = value.Value!; break;
                case CallEvent.CallSidField: call = value.Value!; break;
                case CallEvent.AtField: at = (long)value.Value; break;
                default: fields[value.Name!] = value.Value!; break;
            }
        }
        return new CallEvent(id, type, call, DateTimeOffset.FromUnixTimeMilliseconds(at), fields);
    }
}
