namespace Ivr.Server.Queueing;

/// <summary>
/// What the caller IVR needs from the ACD: put a caller in line for a language, tell them where they stand, take
/// them out. Implemented over the Redis engine in <c>Ivr.Acd</c>. Every method is idempotent on the CallSid, so a
/// webhook Twilio retries cannot queue a caller twice.
/// </summary>
public interface ICallerQueue
{
    Task<QueueJoinResult> JoinAsync(QueueJoinRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Waiting (with where they stand), connected to a counselor, or unknown: the hold loop queues again a caller on hold
    /// whom the ACD does not know, and leaves a connected one alone.
    /// </summary>
    Task<QueueStanding> GetStandingAsync(string callSid, CancellationToken cancellationToken);

    Task LeaveAsync(string callSid, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// The caller says something about themselves while in line (e.g. a victim of crime): the tag counts as if they had
    /// joined with it. Null when the caller is no longer waiting.
    /// </summary>
    Task<QueueStatus?> TagAsync(string callSid, string tag, CancellationToken cancellationToken);

    /// <summary>
    /// A waiting caller asks to be called back on <paramref name="number"/> (E.164): a callback takes their place in
    /// line, held out of line until <paramref name="notBefore"/> when given; the call itself is no longer in the queue.
    /// </summary>
    Task<CallbackRequestOutcome> RequestCallbackAsync(string callSid, string number, DateTimeOffset? notBefore, CancellationToken cancellationToken);

    /// <summary>Whether the call asked for a callback still pending: the hold loop must not put it back in line.</summary>
    Task<bool> HasCallbackAsync(string callSid, CancellationToken cancellationToken);

    /// <summary>
    /// A waiting caller consents to be served in their language's overflow language too (hold key 4 at the maximum
    /// wait), keeping their place. False when they are no longer waiting or the language has no overflow.
    /// </summary>
    Task<bool> AcceptOverflowAsync(string callSid, CancellationToken cancellationToken);
}

public sealed record QueueJoinRequest(string CallSid, string Language, int Priority, IReadOnlyList<string> Tags, DateTimeOffset ArrivedAt);

public enum QueueJoinOutcome
{
    Joined,
    AlreadyQueued,
    Full,
}

public sealed record QueueJoinResult(QueueJoinOutcome Outcome, QueueStatus? Status);

/// <summary>Where a waiting caller stands: 1-based position, expected time to answer, time waited so far.</summary>
public sealed record QueueStatus(string Language, int Position, TimeSpan ExpectedWait, TimeSpan Waited);
