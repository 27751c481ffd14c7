namespace Ivr.Server.CallControl;

/// <summary>
/// Told when a warm transfer hands a caller to another counselor, whose leg now carries the call, so that what follows
/// the counselor on a call (a supervisor whispering to them) can follow the handover.
/// </summary>
public interface ICallHandoverObserver
{
    Task HandedOverAsync(string callSid, string counselorId, string counselorLeg, CancellationToken cancellationToken);
}

/// <summary>The default: nobody follows.</summary>
public sealed class NoCallHandoverObserver : ICallHandoverObserver
{
    public Task HandedOverAsync(string callSid, string counselorId, string counselorLeg, CancellationToken cancellationToken) => Task.CompletedTask;
}
