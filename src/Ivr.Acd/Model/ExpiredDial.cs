namespace Ivr.Acd.Model;

/// <summary>
/// A callback's dial that nobody reported connected or failed within <c>CallbackDialTimeout</c>: the sweep counted the
/// attempt as failed (<c>expired</c>) and freed <paramref name="Counselor"/>; their leg and the dial are the server's to end.
/// </summary>
public sealed record ExpiredDial(string CallbackId, string Counselor)
{
    /// <summary>Set when this was the callback's last attempt: it ended failed.</summary>
    public FailedCallback? Failed { get; init; }
}
