using Ivr.Server.Queueing;

namespace Ivr.Server.Tests.Infrastructure;

/// <summary>
/// An in-memory ICallerQueue for IVR tests that are about TwiML, not routing (IvrTestServer puts it in place of the
/// Redis ACD): first come first served per language, idempotent on the CallSid, honest positions, a capacity per
/// language, and a log of every call made to it.
/// </summary>
public sealed class RecordingCallerQueue(int capacity = 100, TimeProvider? clock = null) : ICallerQueue
{
    private readonly Lock sync = new();
    private readonly List<QueueJoinRequest> waiting = [];
    private readonly HashSet<string> connected = [];

    public List<string> Log { get; } = [];

    public int Capacity { get; set; } = capacity;

    public IReadOnlyList<QueueJoinRequest> Waiting
    {
        get
        {
            lock (sync)
            {
                return [.. waiting];
            }
        }
    }

    public Task<QueueJoinResult> JoinAsync(QueueJoinRequest request, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            Log.Add($"join {request.CallSid} {request.Language}");
            if (waiting.Any(entry => entry.CallSid == request.CallSid) || connected.Contains(request.CallSid))
            {
                return Task.FromResult(new QueueJoinResult(QueueJoinOutcome.AlreadyQueued, StatusOf(request.CallSid)));
            }
            if (waiting.Count(entry => entry.Language == request.Language) >= Capacity)
            {
                return Task.FromResult(new QueueJoinResult(QueueJoinOutcome.Full, null));
            }
            waiting.Add(request);
            return Task.FromResult(new QueueJoinResult(QueueJoinOutcome.Joined, StatusOf(request.CallSid)));
        }
    }

    public Task<QueueStanding> GetStandingAsync(string callSid, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            return Task.FromResult(connected.Contains(callSid) ? QueueStanding.Connected
                : StatusOf(callSid) is { } status ? QueueStanding.Waiting(status) : QueueStanding.Unknown);
        }
    }

    /// <summary>A counselor took the caller: out of line, known as connected (a join answers AlreadyQueued).</summary>
    public void Connect(string callSid)
    {
        lock (sync)
        {
            waiting.RemoveAll(entry => entry.CallSid == callSid);
            connected.Add(callSid);
        }
    }

    /// <summary>The queue loses the caller without a word, as a lost write or an emptied Redis would.</summary>
    public void Forget(string callSid)
    {
        lock (sync)
        {
            waiting.RemoveAll(entry => entry.CallSid == callSid);
        }
    }

    public Task LeaveAsync(string callSid, string reason, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            Log.Add($"leave {callSid} {reason}");
            waiting.RemoveAll(entry => entry.CallSid == callSid);
            return Task.CompletedTask;
        }
    }

    public Task<QueueStatus?> TagAsync(string callSid, string tag, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            Log.Add($"tag {callSid} {tag}");
            return Task.FromResult(StatusOf(callSid));
        }
    }

    /// <summary>The callbacks booked: the call, the number, and until when it is held out of line.</summary>
    public List<(string CallSid, string Number, DateTimeOffset? NotBefore)> Callbacks { get; } = [];

    public Task<CallbackRequestOutcome> RequestCallbackAsync(string callSid, string number, DateTimeOffset? notBefore, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            Log.Add($"callback {callSid} {number}");
            if (Callbacks.Any(callback => callback.CallSid == callSid))
            {
                return Task.FromResult(CallbackRequestOutcome.AlreadyBooked);
            }
            if (waiting.RemoveAll(entry => entry.CallSid == callSid) == 0)
            {
                return Task.FromResult(CallbackRequestOutcome.NotWaiting);
            }
            Callbacks.Add((callSid, number, notBefore));
            return Task.FromResult(CallbackRequestOutcome.Booked);
        }
    }

    public Task<bool> HasCallbackAsync(string callSid, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            return Task.FromResult(Callbacks.Any(callback => callback.CallSid == callSid));
        }
    }

    /// <summary>The calls that consented to overflow (hold key 4).</summary>
    public List<string> Overflowed { get; } = [];

    public Task<bool> AcceptOverflowAsync(string callSid, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            Log.Add($"overflow {callSid}");
            if (StatusOf(callSid) is null)
            {
                return Task.FromResult(false);
            }
            Overflowed.Add(callSid);
            return Task.FromResult(true);
        }
    }

    // Two minutes per caller ahead, a simple honest estimate for tests; the time waited by the test's clock, when given.
    private QueueStatus? StatusOf(string callSid)
    {
        var entry = waiting.FirstOrDefault(candidate => candidate.CallSid == callSid);
        if (entry is null)
        {
            return null;
        }
        var position = waiting.Where(candidate => candidate.Language == entry.Language).ToList().IndexOf(entry) + 1;
        var waited = clock is null ? TimeSpan.Zero : clock.GetUtcNow() - entry.ArrivedAt;
        return new QueueStatus(entry.Language, position, TimeSpan.FromMinutes(2 * position), waited);
    }
}
