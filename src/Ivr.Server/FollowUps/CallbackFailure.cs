namespace Ivr.Server.FollowUps;

/// <summary>
/// A callback that ended failed, as kept until its task is stored: the number only protected (<see cref="CallerNumbers"/>),
/// so a parked one in Redis holds it no more in clear than a task does.
/// </summary>
public sealed record CallbackFailure(string CallbackId, string Language, string? CallerProtected, int Attempts, DateTimeOffset At);
