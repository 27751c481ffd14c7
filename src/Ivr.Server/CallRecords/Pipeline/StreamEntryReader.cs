using Ivr.Acd.Events;
using StackExchange.Redis;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>Reads a stream entry as a call event, or keeps why it could not be read and its raw names and values.</summary>
public static class StreamEntryReader
{
    public static StreamedEvent Read(StreamEntry entry)
    {
        if (entry.IsNull || entry.Values.Length == 0)
        {
            return new StreamedEvent(entry.Id!, null, StreamedEvent.TrimmedDescription);
        }
        try
        {
            return new StreamedEvent(entry.Id!, CallEventStream.FromEntry(entry), null);
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            return new StreamedEvent(entry.Id!, null, $"{exception.GetType().Name}: {exception.Message}", CallEventStream.Fields(entry));
        }
    }
}
