using StackExchange.Redis;

namespace Ivr.Acd.Events;

/// <summary>Appends call events to, and reads them from, a contact center's Redis stream.</summary>
public static class CallEventStream
{
    /// <summary>The stream is capped near this length; the call-record writer drains it long before.</summary>
    public const int ApproximateMaxLength = 1_000_000;

    public static NameValueEntry[] ToEntry(CallEvent callEvent)
    {
        var entry = new List<NameValueEntry>(4 + callEvent.Fields.Count)
        {
            new(CallEvent.EventIdField, callEvent.EventId),
            new(CallEvent.TypeField, callEvent.Type),
            new(CallEvent.CallSidField, callEvent.CallSid),
            new(CallEvent.AtField, callEvent.At.ToUnixTimeMilliseconds()),
        };
        entry.AddRange(callEvent.Fields.Select(field => new NameValueEntry(field.Key, field.Value)));
        return [.. entry];
    }

    public static CallEvent FromEntry(StreamEntry entry)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        string id = "", type = "", call = "";
        long at = 0;
        foreach (var value in entry.Values)
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

    public static Task<RedisValue> AppendAsync(IDatabaseAsync redis, ContactCenterKeys keys, CallEvent callEvent) =>
        redis.StreamAddAsync(keys.Events, ToEntry(callEvent), maxLength: ApproximateMaxLength, useApproximateMaxLength: true);
}
