using Ivr.Acd.Model;

namespace Ivr.Server.Queueing;

/// <summary>Brings a reserved counselor and caller together (rings the counselor's softphone).</summary>
public interface IMatchDispatcher
{
    Task DispatchAsync(IReadOnlyList<Match> matches, CancellationToken cancellationToken);

    /// <summary>
    /// The caller left while their counselor was being rung (stop ringing) or was <paramref name="connected"/> to them
    /// (end the counselor's leg: if the caller left before the conference held them both, it would go on, empty).
    /// </summary>
    Task ReleaseAsync(string callerSid, bool connected, CancellationToken cancellationToken);

    /// <summary>
    /// A callback's dial the ACD's sweep gave up on (the instance dialling it died, or its webhooks never came): the
    /// ACD freed the counselor; end their leg, sitting in the empty conference, and the dial if it still rings.
    /// </summary>
    Task DialExpiredAsync(ExpiredDial dial, CancellationToken cancellationToken);
}
