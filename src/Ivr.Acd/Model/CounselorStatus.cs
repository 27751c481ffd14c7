namespace Ivr.Acd.Model;

/// <summary>A counselor's live record as stored in Redis; <see cref="StateSince"/>: since when in <see cref="State"/> (null when unknown).</summary>
public sealed record CounselorStatus(
    string Id,
    CounselorState State,
    IReadOnlyDictionary<string, int> Skills,
    string? BreakReason,
    string? ReservationId,
    string? CallSid,
    int NoAnswersInARow,
    bool Routable,
    DateTimeOffset? StateSince = null);
