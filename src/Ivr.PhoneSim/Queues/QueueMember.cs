using Ivr.PhoneSim.Calls;

namespace Ivr.PhoneSim.Queues;

/// <summary>A call waiting in a queue. <see cref="Dequeued"/> completes once, with how it leaves.</summary>
public sealed class QueueMember(SimCall call, DateTimeOffset enqueuedAt)
{
    private readonly TaskCompletionSource<DequeueOrder> dequeued = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SimCall Call { get; } = call;
    public DateTimeOffset EnqueuedAt { get; } = enqueuedAt;
    public Task<DequeueOrder> Dequeued => dequeued.Task;

    public bool TryDequeue(DequeueOrder order) => dequeued.TrySetResult(order);
}
