using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.CallControl.InCall;

public sealed record MuteRequest([property: Required] bool? Muted);

public sealed record HoldRequest([property: Required] bool? Held);

/// <summary>Exactly one of <paramref name="Language"/> (another language's queue) or <paramref name="CounselorId"/> (a named counselor).</summary>
public sealed record TransferRequest(string? Language, string? CounselorId);

public sealed record ConsultRequest([property: Required] string? CounselorId);

/// <summary>
/// An institution of the directory (<paramref name="InstitutionId"/>, and optionally one of its departments: its number is
/// rung), or a raw <paramref name="Number"/> in E.164 (+8221...) that the allowed-prefix rule must allow;
/// <paramref name="Label"/> names a raw number on the softphone (e.g. "Police").
/// </summary>
public sealed record AddParticipantRequest(string? Number, [property: StringLength(64)] string? Label,
    [property: StringLength(40)] string? InstitutionId = null, [property: StringLength(120)] string? Department = null);
