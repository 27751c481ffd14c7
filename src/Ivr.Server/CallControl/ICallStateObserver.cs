namespace Ivr.Server.CallControl;

/// <summary>
/// Told after every change to a counselor's call (answered, muted, held, transferred, consult, outside party, ended),
/// e.g. to push the softphone's live view. Must not throw: a failure to notify never undoes the change.
/// </summary>
public interface ICallStateObserver
{
    Task CallChangedAsync(string counselorId, CancellationToken cancellationToken);
}

/// <summary>The default: nobody listens.</summary>
public sealed class NoCallStateObserver : ICallStateObserver
{
    public Task CallChangedAsync(string counselorId, CancellationToken cancellationToken) => Task.CompletedTask;
}
