namespace Ivr.Acd.Routing;

/// <summary>Engine-wide settings and the routing rule of every language served.</summary>
public sealed record AcdSettings(string ContactCenter, IReadOnlyList<RoutingRule> Rules)
{
    public TimeSpan ReservationTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan RejectDelay { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan NoAnswerDelay { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// When a caller hangs up while their counselor's phone rings, how long until that counselor is offered the next
    /// caller: the first ring is stopped (a REST request) before the next begins, or a softphone, still ringing, would
    /// turn the new call away as busy.
    /// </summary>
    public TimeSpan RingReleaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>After this many no-answers in a row a counselor is set to Missed and offered nothing.</summary>
    public int MaxNoAnswers { get; init; } = 2;

    /// <summary>A waiting caller whose status was not asked for this long is taken as gone; zero disables it.</summary>
    public TimeSpan StaleCallerAfter { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>How long a retried operation id is remembered.</summary>
    public TimeSpan OperationMemory { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Empty means any non-empty reason is accepted.</summary>
    public IReadOnlyList<string> BreakReasons { get; init; } = [];

    /// <summary>"Today" for the answered and abandoned counters.</summary>
    public TimeZoneInfo StatisticsTimeZone { get; init; } = TimeZoneInfo.Utc;

    public int SweepBatchSize { get; init; } = 200;

    /// <summary>After a callback's dial failed (no answer, busy, no key), how long until it is offered again, at its place.</summary>
    public TimeSpan CallbackRetryInterval { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Dials of one callback before it ends as failed (3: the first and two retries).</summary>
    public int CallbackMaxAttempts { get; init; } = 3;

    /// <summary>
    /// How long after the counselor accepted a callback its dial may go unreported (connected or failed) before the
    /// sweeper counts it as a failed attempt (reason <c>expired</c>) and frees the counselor: a server that died
    /// mid-dial leaves nobody stuck.
    /// </summary>
    public TimeSpan CallbackDialTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// When false this instance never matches on its own (no matching after joins, presence changes or sweeps);
    /// only explicit TryMatchAsync calls match. For tools and administrative instances.
    /// </summary>
    public bool MatchOnEvents { get; init; } = true;
}
