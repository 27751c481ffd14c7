namespace Ivr.PhoneSim.Queues;

/// <summary>A Twilio queue: members in arrival order, average wait of those who left, and &lt;Dial&gt;&lt;Queue&gt; callers waiting for a member.</summary>
public sealed class SimQueue(string sid, string friendlyName, int maxSize, DateTimeOffset created)
{
    private readonly Lock gate = new();
    private readonly List<QueueMember> members = [];
    private readonly List<TaskCompletionSource<QueueMember>> takers = [];
    private long waitedTicks;
    private int waitedCount;

    public string Sid { get; } = sid;
    public string FriendlyName { get; } = friendlyName;
    public int MaxSize { get; set; } = maxSize;
    public DateTimeOffset DateCreated { get; } = created;
    public DateTimeOffset DateUpdated { get; private set; } = created;

    public int CurrentSize
    {
        get
        {
            lock (gate)
            {
                return members.Count;
            }
        }
    }

    public int AverageWaitSeconds
    {
        get
        {
            lock (gate)
            {
                return waitedCount == 0 ? 0 : (int)TimeSpan.FromTicks(waitedTicks / waitedCount).TotalSeconds;
            }
        }
    }

    public IReadOnlyList<QueueMember> Members
    {
        get
        {
            lock (gate)
            {
                return [.. members];
            }
        }
    }

    public QueueMember? TryAdd(Calls.SimCall call, DateTimeOffset now)
    {
        lock (gate)
        {
            if (members.Count >= MaxSize)
            {
                return null;
            }
            var member = new QueueMember(call, now);
            DateUpdated = now;
            while (takers.Count > 0)
            {
                var taker = takers[0];
                takers.RemoveAt(0);
                if (taker.TrySetResult(member))
                {
                    Account(member, now);
                    return member;
                }
            }
            members.Add(member);
            return member;
        }
    }

    /// <summary>Takes a member out (dequeued, left or hung up); false if it was no longer there.</summary>
    public bool Remove(QueueMember member, DateTimeOffset now)
    {
        lock (gate)
        {
            if (!members.Remove(member))
            {
                return false;
            }
            DateUpdated = now;
            Account(member, now);
            return true;
        }
    }

    public int PositionOf(QueueMember member)
    {
        lock (gate)
        {
            return members.IndexOf(member) + 1;
        }
    }

    public QueueMember? Find(string callSid)
    {
        lock (gate)
        {
            return callSid == "Front" ? members.FirstOrDefault() : members.Find(m => m.Call.Sid == callSid);
        }
    }

    /// <summary>The front member, taken out of the queue; waits for one to arrive if the queue is empty.</summary>
    public Task<QueueMember> TakeFrontAsync(DateTimeOffset now)
    {
        lock (gate)
        {
            if (members.Count > 0)
            {
                var front = members[0];
                members.RemoveAt(0);
                Account(front, now);
                return Task.FromResult(front);
            }
            var taker = new TaskCompletionSource<QueueMember>(TaskCreationOptions.RunContinuationsAsynchronously);
            takers.Add(taker);
            return taker.Task;
        }
    }

    /// <summary>Puts back a member that was taken but could not be bridged (the dialer went away), at the front.</summary>
    public void ReturnToFront(QueueMember member)
    {
        lock (gate)
        {
            members.Insert(0, member);
        }
    }

    public void CancelTake(Task<QueueMember> take)
    {
        lock (gate)
        {
            takers.RemoveAll(t => t.Task == take && t.TrySetCanceled());
        }
    }

    private void Account(QueueMember member, DateTimeOffset now)
    {
        waitedTicks += (now - member.EnqueuedAt).Ticks;
        waitedCount++;
    }
}
