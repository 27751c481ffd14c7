using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.CallControl.InCall;

public sealed record MuteRequest([property: Required] bool? Muted);

public sealed record HoldRequest([property: Required] bool? Held);

/// <summary>Exactly one of <paramref name="Language"/> (another language's queue) or <paramref name="CounselorId"/> (a named counselor).</summary>
public sealed record TransferRequest(string? Language, string? CounselorId);

public sealed record ConsultRequest([property: Required] string? CounselorId);

/// <summary><paramref name="Number"/> in E.164 (+8221...); <paramref name="Label"/> names it on the softphone (e.g. "Police").</summary>
public sealed record AddParticipantRequest([property: Required] string? Number, [property: StringLength(64)] string? Label);
