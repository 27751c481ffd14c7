using Ivr.PhoneSim.Calls;

namespace Ivr.PhoneSim.Execution;

/// <summary>What the executor does after a verb: the next verb, a new document, the end of the call, or leaving a queue.</summary>
public sealed record VerbOutcome(VerbOutcomeKind Kind, Instruction? Next = null, string? EndStatus = null)
{
    public static VerbOutcome Continue { get; } = new(VerbOutcomeKind.Continue);
    public static VerbOutcome Leave { get; } = new(VerbOutcomeKind.Leave);

    public static VerbOutcome Navigate(Instruction next) => new(VerbOutcomeKind.Navigate, next);

    public static VerbOutcome Hangup(string status = CallStatuses.Completed) => new(VerbOutcomeKind.Hangup, EndStatus: status);
}
