namespace Ivr.Server.Queueing;

/// <summary>Whether the ACD knows the caller, and where a waiting caller stands (<see cref="Status"/>, null unless waiting).</summary>
public sealed record QueueStanding(QueuePresence Presence, QueueStatus? Status)
{
    public static QueueStanding Unknown { get; } = new(QueuePresence.Unknown, null);

    public static QueueStanding Connected { get; } = new(QueuePresence.Connected, null);

    public static QueueStanding Waiting(QueueStatus status) => new(QueuePresence.Waiting, status);
}
