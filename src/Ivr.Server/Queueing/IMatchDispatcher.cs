using Ivr.Acd.Model;

namespace Ivr.Server.Queueing;

/// <summary>Brings a reserved counselor and caller together (rings the counselor's softphone).</summary>
public interface IMatchDispatcher
{
    Task DispatchAsync(IReadOnlyList<Match> matches, CancellationToken cancellationToken);

    /// <summary>The caller left while their counselor was being rung: stop ringing.</summary>
    Task ReleaseAsync(string callerSid, CancellationToken cancellationToken);
}
