namespace Ivr.Acd.Model;

/// <summary>
/// A reservation the engine made: ring <paramref name="CounselorId"/> for <paramref name="CallSid"/> and report
/// accept, reject or no-answer before <paramref name="Deadline"/>. <paramref name="Language"/> is the language the
/// call is served in (differs from <paramref name="QueueLanguage"/> after an overflow).
/// </summary>
public sealed record Match(string ReservationId, string CallSid, string CounselorId, string Language, string QueueLanguage, DateTimeOffset Deadline)
{
    /// <summary>Whether a caller on hold or a callback (then <see cref="CallSid"/> is the callback's id) is reserved.</summary>
    public MatchKind Kind { get; init; } = MatchKind.Caller;
}
