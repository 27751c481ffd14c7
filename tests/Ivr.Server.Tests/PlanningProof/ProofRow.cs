using Ivr.Server.Planning;

namespace Ivr.Server.Tests.PlanningProof;

/// <summary>One language in one half hour: what the planner forecast and required, and what the replay measured.</summary>
public sealed record ProofRow(RequirementCell Cell, int Offered, int AnsweredInTarget, int Abandoned)
{
    /// <summary>Answered within the target seconds over offered (abandoned callers included), the planner's definition; null without callers.</summary>
    public double? ServiceLevel => Offered > 0 ? (double)AnsweredInTarget / Offered : null;

    public static ProofRow Measure(RequirementCell cell, IEnumerable<ProofCaller> callers, TimeSpan target)
    {
        var mine = callers.ToList();
        return new ProofRow(cell, mine.Count, mine.Count(caller => caller.AnsweredWithin(target)),
            mine.Count(caller => caller.Caller.Outcome == PhoneSim.Traffic.CallerOutcome.Abandoned));
    }
}
