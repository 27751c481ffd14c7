namespace Ivr.Acd.Routing;

/// <summary>
/// How one language's queue routes. Steps widen the required proficiency over time without moving the caller;
/// tags in <see cref="PriorityTags"/> raise a caller's priority class (0-9, higher is served first).
/// </summary>
public sealed record RoutingRule(string Language)
{
    public IReadOnlyList<ProficiencyStep> ProficiencySteps { get; init; } = [new(TimeSpan.Zero, 1)];

    public OverflowRule? Overflow { get; init; }

    public IReadOnlyDictionary<string, int> PriorityTags { get; init; } = new Dictionary<string, int>();

    /// <summary>Zero means unlimited; at the limit a joining caller gets <c>Full</c> and stays with the IVR.</summary>
    public int MaxQueueLength { get; init; }

    /// <summary>Zero means no limit; a caller waiting longer leaves the queue with <see cref="MaxWaitOutcome"/>.</summary>
    public TimeSpan MaxWait { get; init; }

    public string MaxWaitOutcome { get; init; } = "voicemail";

    public TimeSpan WrapUp { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The handle-time guess the expected-wait estimator starts from before any call was handled.</summary>
    public TimeSpan InitialHandleTime { get; init; } = TimeSpan.FromMinutes(5);
}
