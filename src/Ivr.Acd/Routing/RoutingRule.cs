namespace Ivr.Acd.Routing;

/// <summary>
/// How one language's queue routes. Steps widen the required proficiency over time without moving the caller;
/// tags in <see cref="PriorityTags"/> raise a caller's priority class (0-9, higher is served first), and tags in
/// <see cref="TeamPreferences"/> steer a caller to the counselors of the team of that name.
/// </summary>
public sealed record RoutingRule(string Language)
{
    public IReadOnlyList<ProficiencyStep> ProficiencySteps { get; init; } = [new(TimeSpan.Zero, 1)];

    public OverflowRule? Overflow { get; init; }

    public IReadOnlyDictionary<string, int> PriorityTags { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Team tag → how long a caller carrying it waits for that team only (e.g. victim-support → 60 s), as long as
    /// someone of the team is signed in for the language (not offline or on a break). The team's counselors take
    /// such callers before anyone else's, also after the window; once it has passed, or while the team is absent,
    /// any counselor may take them too. A caller with several such tags is steered by the first of them.
    /// </summary>
    public IReadOnlyDictionary<string, TimeSpan> TeamPreferences { get; init; } = new Dictionary<string, TimeSpan>();

    /// <summary>Zero means unlimited; at the limit a joining caller gets <c>Full</c> and stays with the IVR.</summary>
    public int MaxQueueLength { get; init; }

    /// <summary>Zero means no limit; a caller waiting longer leaves the queue with <see cref="MaxWaitOutcome"/>.</summary>
    public TimeSpan MaxWait { get; init; }

    /// <summary>
    /// What the server does with a caller the sweeper took out at <see cref="MaxWait"/> (<see cref="TimedOutCaller.Outcome"/>),
    /// e.g. <c>message</c>: record one. The 1345 server sets no MaxWait: it offers its outcome on hold instead, and a
    /// caller who does not take it keeps waiting (docs/ivr.md, "Maximum wait").
    /// </summary>
    public string MaxWaitOutcome { get; init; } = "message";

    public TimeSpan WrapUp { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The handle-time guess the expected-wait estimator starts from before any call was handled.</summary>
    public TimeSpan InitialHandleTime { get; init; } = TimeSpan.FromMinutes(5);
}
