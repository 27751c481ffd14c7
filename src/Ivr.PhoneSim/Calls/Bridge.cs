namespace Ivr.PhoneSim.Calls;

/// <summary>Two legs talking. Either leg leaving (hang-up, redirect) breaks it, and the other leg's verb moves on.</summary>
public sealed class Bridge
{
    private readonly TaskCompletionSource connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource broken = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Connected => connected.Task;
    public Task Broken => broken.Task;
    public DateTimeOffset? ConnectedAt { get; private set; }

    public void Connect(DateTimeOffset at)
    {
        ConnectedAt ??= at;
        connected.TrySetResult();
    }

    public void Break()
    {
        connected.TrySetResult();
        broken.TrySetResult();
    }

    /// <summary>Stays on the bridge until the other leg leaves or this leg's token is cancelled; either way the bridge is broken after.</summary>
    public async Task HoldAsync(CancellationToken legToken)
    {
        try
        {
            await Broken.WaitAsync(legToken);
        }
        finally
        {
            Break();
        }
    }
}
