using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Model;

namespace Ivr.Server.CallRecords.Folding;

/// <summary>
/// Folds all events of one call into its row. A pure function of the event set: events are sorted by time (then id)
/// first, so the order of arrival does not matter, and a duplicate event id is counted once.
/// </summary>
public static class CallFolder
{
    public static CallRecord Fold(string callSid, IEnumerable<CallEvent> events, TimeZoneInfo timeZone)
    {
        var ordered = events.DistinctBy(e => e.EventId).OrderBy(e => e.At).ThenBy(e => e.EventId, StringComparer.Ordinal).ToList();
        var state = new FoldState(new CallRecord { CallSid = callSid, EventCount = ordered.Count, CallbackOf = CallbackFold.OriginalOf(callSid) });
        foreach (var callEvent in ordered)
        {
            state.Apply(callEvent);
        }
        var record = state.Finish();
        var local = TimeZoneInfo.ConvertTime(record.ArrivedAt ?? ordered.FirstOrDefault()?.At ?? DateTimeOffset.UnixEpoch, timeZone);
        record.Day = DateOnly.FromDateTime(local.DateTime);
        record.Hour = (short)local.Hour;
        return record;
    }
}
