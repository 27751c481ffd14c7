namespace Ivr.Acd.Model;

/// <summary>
/// A callback as it stands: the number to dial, the original call it came from (for the call records), the caller's
/// arrival (its place in line), dials made so far, and until when it is held out of line.
/// </summary>
public sealed record CallbackStatus(
    string CallbackId,
    string OriginalCallSid,
    string Number,
    string Language,
    CallbackState State,
    DateTimeOffset ArrivedAt,
    DateTimeOffset RequestedAt,
    int Attempts,
    DateTimeOffset? NotBefore,
    string? CounselorId)
{
    /// <summary>Once connected: the outbound call's CallSid, what Twilio knows the call by (the engine knows it by the callback's id).</summary>
    public string? DialledCallSid { get; init; }
}
