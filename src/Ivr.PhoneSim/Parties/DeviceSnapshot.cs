namespace Ivr.PhoneSim.Parties;

/// <summary>
/// What a browser device shows: <see cref="Status"/> is ready (registered, no call), ringing or connected;
/// <see cref="CallSid"/> is the leg ringing or connected.
/// </summary>
public sealed record DeviceSnapshot(string Identity, string Status, string? CallSid)
{
    public const string Ready = "ready";
    public const string Ringing = "ringing";
    public const string Connected = "connected";
}
