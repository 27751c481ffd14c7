using Ivr.PhoneSim;
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

    /// <summary>Counselor legs that began before the same counselor's previous leg ended: a counselor reserved twice.</summary>
    public static int OverlappingLegs(SimulatedTwilio twilio) => twilio.Calls.All
        .Where(call => call.To.StartsWith("client:", StringComparison.Ordinal))
        .GroupBy(call => call.To, StringComparer.Ordinal)
        .Sum(legs =>
        {
            var ordered = legs.OrderBy(call => call.DateCreated).ToList();
            return ordered.Zip(ordered.Skip(1)).Count(pair => pair.Second.DateCreated < (pair.First.EndTime ?? DateTimeOffset.MaxValue));
        });
}
