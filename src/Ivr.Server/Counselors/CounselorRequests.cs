using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Counselors;

/// <summary><paramref name="State"/>: available, break (with a reason) or offline.</summary>
public sealed record PresenceRequest([property: Required] string State, string? Reason);

/// <summary>
/// The outcome a counselor records for a call they handled (residency status such as F-4, H-2, F-6; topic from the
/// code list). Accepted also after the wrap-up time ran out; during wrap-up it makes the counselor available.
/// </summary>
public sealed record WrapUpRequest(
    [property: Required, StringLength(64)] string CallSid,
    [property: StringLength(16)] string? ResidencyStatus,
    [property: StringLength(64)] string? Topic,
    [property: StringLength(500)] string? Note);

public sealed record PresenceResponse(string State);
