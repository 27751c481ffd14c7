using Ivr.PhoneSim.Parties;

namespace Ivr.PhoneSim.Calls;

/// <summary>
/// One call leg. Its TwiML runs under a per-document cancellation token: a REST redirect or a hang-up cancels the
/// running verb, and the executor reads <see cref="TakeRedirect"/> to learn what to do next.
/// </summary>
public sealed class SimCall
{
    private readonly Lock gate = new();
    private readonly CancellationTokenSource ended = new();
    private readonly CancellationTokenSource detached = new();
    private readonly TaskCompletionSource completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? document;
    private Instruction? pendingRedirect;
    private int sequenceNumber = -1;

    public SimCall(string sid, CallSetup setup, DateTimeOffset created)
    {
        Sid = sid;
        Setup = setup;
        DateCreated = created;
        DateUpdated = created;
        Status = setup.Direction == CallDirections.Inbound ? CallStatuses.Ringing : CallStatuses.Queued;
    }

    public string Sid { get; }
    public CallSetup Setup { get; }
    public string From => Setup.From;
    public string To => Setup.To;
    public string Direction => Setup.Direction;
    public IParty Party => Setup.Party;
    public DateTimeOffset DateCreated { get; }
    public DateTimeOffset DateUpdated { get; private set; }
    public DateTimeOffset? StartTime { get; private set; }
    public DateTimeOffset? EndTime { get; private set; }
    public string Status { get; private set; }
    public bool IsEnded => ended.IsCancellationRequested;
    public CancellationToken EndedToken => ended.Token;
    public Task Completion => completion.Task;
    public Uri? CurrentUrl { get; set; }
    public string? QueueSid { get; set; }
    public string? ConferenceSid { get; set; }
    public bool HungUpByParty { get; private set; }
    public string? ErrorCode { get; set; }

    /// <summary>Answering machine detection's verdict (human, machine_start, ...), once it has one.</summary>
    public string? AnsweredBy { get; set; }

    public int Duration => StartTime is { } start && EndTime is { } end ? (int)Math.Max(0, (end - start).TotalSeconds) : 0;

    /// <summary>True once TwiML runs on this leg; a dialed child leg runs none until a REST redirect gives it some.</summary>
    public bool IsExecuting { get; set; }

    /// <summary>Cancelled when a bridged child leg is redirected away from its &lt;Dial&gt; (REST update with Url/Twiml).</summary>
    public CancellationToken DetachedToken => detached.Token;

    public bool IsDetached => detached.IsCancellationRequested;

    public void Detach() => detached.Cancel();

    public int NextSequenceNumber() => Interlocked.Increment(ref sequenceNumber);

    /// <summary>Moves the call to a new status; returns false when it already ended or had that status.</summary>
    public bool SetStatus(string status, DateTimeOffset at)
    {
        lock (gate)
        {
            if (CallStatuses.IsTerminal(Status) || Status == status)
            {
                return false;
            }
            Status = status;
            DateUpdated = at;
            if (status == CallStatuses.InProgress)
            {
                StartTime = at;
            }
            if (CallStatuses.IsTerminal(status))
            {
                EndTime = at;
            }
        }
        if (CallStatuses.IsTerminal(status))
        {
            ended.Cancel();
        }
        return true;
    }

    public CancellationTokenSource BeginDocument()
    {
        lock (gate)
        {
            document = CancellationTokenSource.CreateLinkedTokenSource(ended.Token);
            if (pendingRedirect is not null)
            {
                document.Cancel();
            }
            return document;
        }
    }

    public bool TryRedirect(Instruction instruction)
    {
        lock (gate)
        {
            if (CallStatuses.IsTerminal(Status))
            {
                return false;
            }
            pendingRedirect = instruction;
            document?.Cancel();
            return true;
        }
    }

    public Instruction? TakeRedirect()
    {
        lock (gate)
        {
            var next = pendingRedirect;
            pendingRedirect = null;
            return next;
        }
    }

    public void MarkHungUpByParty() => HungUpByParty = true;

    public void MarkCompleted() => completion.TrySetResult();
}
