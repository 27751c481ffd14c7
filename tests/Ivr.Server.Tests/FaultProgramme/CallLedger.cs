using System.Globalization;
using Ivr.PhoneSim;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Traffic;

namespace Ivr.Server.Tests.FaultProgramme;

/// <summary>Builds the ledger from the generator's callers and the simulator's journal, and finds counselors rung twice.</summary>
public static class CallLedger
{
    /// <summary>What TwiMLFailSafeFilter says to a caller outside the hold loop (its English half).</summary>
    public const string Apology = "Sorry, we will try again in a moment.";

    public static List<LedgerEntry> Build(CallGenerator generator, MemoryJournal journal, IReadOnlySet<string> forgotten)
    {
        var apologised = journal.Events
            .Where(e => e.Kind == SimEventKinds.Verb && e.CallSid is not null && e.Data.GetValueOrDefault("text") == Apology)
            .Select(e => e.CallSid!).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. generator.Placed.Select(placed => new LedgerEntry(
                placed.Call.Sid, placed.Call.DateCreated, placed.Caller.Language.Code, placed.Caller.WantsCounselor, placed.Caller.Outcome,
                placed.Caller.Partner,
                placed.Caller is { ConnectedAt: { } connected, LanguageChosenAt: { } chosen }
                    ? (connected - chosen).TotalSeconds / FaultProgrammeSettings.Acceleration : null,
                apologised.Contains(placed.Call.Sid), placed.Caller.Queued && !placed.Call.IsEnded, forgotten.Contains(placed.Call.Sid))),
        ];
    }

    /// <summary>
    /// Counselor legs that began before the same counselor's previous leg ended (a counselor reserved twice), each told
    /// as the two legs' times in real seconds from <paramref name="start"/> and their callers' conferences.
    /// </summary>
    public static List<Overlap> OverlappingLegs(SimulatedTwilio twilio, MemoryJournal journal, DateTimeOffset start)
    {
        var events = journal.Events.Where(e => e.CallSid is not null && e.Kind != SimEventKinds.Verb)
            .ToLookup(e => e.CallSid!, StringComparer.Ordinal);
        return
        [
        .. twilio.Calls.All
            .Where(call => call.To.StartsWith("client:", StringComparison.Ordinal))
            .GroupBy(call => call.To, StringComparer.Ordinal)
            .SelectMany(legs =>
            {
                var ordered = legs.OrderBy(call => call.DateCreated).ToList();
                return ordered.Zip(ordered.Skip(1)).Where(pair => pair.Second.DateCreated < (pair.First.EndTime ?? DateTimeOffset.MaxValue))
                    .Select(pair => new Overlap(legs.Key["client:".Length..], pair.First.DateCreated, pair.Second.EndTime ?? pair.Second.DateCreated,
                        $"{legs.Key}: {Leg(pair.First, start)} overlapped by {Leg(pair.Second, start)}\n"
                        + Trace(events[pair.First.Sid], start) + "\n" + Trace(events[pair.Second.Sid], start)));
            }),
        ];
    }

    /// <summary>Two legs of one counselor that overlapped, between the first's start and the second's end (virtual time), told in <paramref name="Text"/>.</summary>
    public sealed record Overlap(string Counselor, DateTimeOffset From, DateTimeOffset To, string Text);

    /// <summary>A leg's journal in short (webhooks with their answers, status changes, errors), to tell why it overlapped.</summary>
    /// <summary>The journal of each caller the ACD's history names, in short: what the callers of a double assignment lived through.</summary>
    public static string CallerTraces(MemoryJournal journal, string history, DateTimeOffset start) => string.Join("\n",
        System.Text.RegularExpressions.Regex.Matches(history, "CA[0-9a-f]{32}").Select(match => match.Value).Distinct(StringComparer.Ordinal)
            .Select(sid => $"  caller {sid}:\n" + Trace(journal.Events.Where(e => e.CallSid == sid && e.Kind != SimEventKinds.Verb), start)));

    private static string Trace(IEnumerable<SimEvent> events, DateTimeOffset start) => "  " + string.Join("; ", events.Select(e =>
        $"{Real(e.At, start)} {e.Kind} {e.Data.GetValueOrDefault("CallStatus") ?? e.Data.GetValueOrDefault("status")} " +
        $"{Path(e.Data.GetValueOrDefault("_url") ?? e.Data.GetValueOrDefault("url"))}{e.Data.GetValueOrDefault("message")}".TrimEnd()));

    private static string Path(string? url) => url is null ? "" : new Uri(url).AbsolutePath.Replace("/twilio/voice/", "", StringComparison.Ordinal);

    private static string Leg(SimCall leg, DateTimeOffset start) =>
        $"{leg.Sid} [{Real(leg.DateCreated, start)}-{(leg.EndTime is { } end ? Real(end, start) : "")} s, {leg.Status}, answered {leg.StartTime is not null}]";

    /// <summary>Real seconds since the programme began.</summary>
    public static string Real(DateTimeOffset at, DateTimeOffset start) =>
        ((at - start).TotalSeconds / FaultProgrammeSettings.Acceleration).ToString("0.0", CultureInfo.InvariantCulture);
}
