using Ivr.Server.CallRecords.Model;
using Ivr.Server.CallRecords.Pipeline;

namespace Ivr.Server.CallRecords.Rollups;

/// <summary>
/// The changes one batch makes to the rollups: each changed call is subtracted as it was counted before and added
/// as it is now, so a record whose fields change after it was counted (a late wrap-up, a late event) moves between
/// rollup rows instead of being counted twice. Calls still in progress count nowhere. A callback's row
/// (<see cref="CallRecord.CallbackOf"/>) is not an arrival: it counts in <see cref="Callbacks"/> from its request on, and
/// its conversation, once connected, in the dimensions and for its counselor like any answered call. Half hours
/// (<see cref="Intervals"/>) are of the arrival in <paramref name="timeZone"/>, the records time zone.
/// </summary>
public sealed class RollupDelta(TimeZoneInfo timeZone)
{
    public Dictionary<(DateOnly Day, string Language), LanguageTotals> Languages { get; } = [];
    public Dictionary<(DateOnly Day, string Dimension, string Code), int> Dimensions { get; } = [];
    public Dictionary<(DateOnly Day, short Hour), int> Hours { get; } = [];
    public Dictionary<(DateOnly Day, string Counselor), CounselorTotals> Counselors { get; } = [];
    public Dictionary<(DateOnly Day, string Language), CallbackTotals> Callbacks { get; } = [];
    public Dictionary<(DateOnly Day, string Language, short Interval), IntervalTotals> Intervals { get; } = [];

    public bool IsEmpty => Languages.Count == 0 && Dimensions.Count == 0 && Hours.Count == 0 && Counselors.Count == 0 && Callbacks.Count == 0 && Intervals.Count == 0;

    public void Change(CallRecord? before, CallRecord after)
    {
        if (before is not null)
        {
            Add(before, -1);
        }
        Add(after, +1);
    }

    public void Add(CallRecord call, int sign)
    {
        if (call.Outcome == CallOutcome.InProgress)
        {
            return;
        }
        // A callback's own row counts in the callback rollup, and a call a counselor placed is their work (below): the
        // service level and arrivals count callers only.
        if (call.CallbackOf is not null)
        {
            Callback(call.Day, call.Language ?? "").Add(call, sign);
        }
        else if (call.Direction != CallDirections.Outbound)
        {
            Language(call.Day, call.Language ?? "").Add(call, sign);
            Count(Hours, (call.Day, call.Hour), sign);
            if (call.QueueJoinedAt is not null)
            {
                Interval((call.Day, call.Language ?? "", IntervalTotals.IntervalOf(call, timeZone))).Add(call, sign);
            }
        }
        if (call.ResidencyStatus is { } residency)
        {
            Count(Dimensions, (call.Day, DailyDimensionRollup.Residency, residency), sign);
        }
        if (call.Topic is { } topic)
        {
            Count(Dimensions, (call.Day, DailyDimensionRollup.Topic, topic), sign);
        }
        if (call.Institution is { } institution)
        {
            Count(Dimensions, (call.Day, DailyDimensionRollup.Institution, institution), sign);
        }
        if (call.Sensitive && call.CallbackOf is null)
        {
            Count(Dimensions, (call.Day, DailyDimensionRollup.Sensitive, SensitiveTags.VictimSupport), sign);
        }
        if (call is { AnsweredAt: not null, Counselor: { } counselor, TalkSeconds: { } talk })
        {
            var totals = Counselor(call.Day, counselor);
            totals.Handled += sign;
            totals.TalkSeconds += sign * talk;
            totals.HoldSeconds += sign * (call.HoldSeconds ?? 0);
            totals.WrapUpSeconds += sign * (call.WrapUpSeconds ?? 0);
        }
    }

    /// <summary>Adds the idle time an event of <see cref="CounselorEvents.IdleEnding"/> carries to its counselor's day.</summary>
    public void AddIdle(StoredCallEvent idle)
    {
        if (CounselorEvents.IdleTime(idle) is var (counselor, seconds))
        {
            Counselor(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(idle.At, timeZone).DateTime), counselor).IdleSeconds += seconds;
        }
    }

    private LanguageTotals Language(DateOnly day, string language) =>
        Languages.TryGetValue((day, language), out var totals) ? totals : Languages[(day, language)] = new LanguageTotals();

    private IntervalTotals Interval((DateOnly, string, short) key) =>
        Intervals.TryGetValue(key, out var totals) ? totals : Intervals[key] = new IntervalTotals();

    private CallbackTotals Callback(DateOnly day, string language) =>
        Callbacks.TryGetValue((day, language), out var totals) ? totals : Callbacks[(day, language)] = new CallbackTotals();

    private CounselorTotals Counselor(DateOnly day, string counselor) =>
        Counselors.TryGetValue((day, counselor), out var totals) ? totals : Counselors[(day, counselor)] = new CounselorTotals();

    private static void Count<TKey>(Dictionary<TKey, int> counts, TKey key, int sign) where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + sign;
}
