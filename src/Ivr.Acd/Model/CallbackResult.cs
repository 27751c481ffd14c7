namespace Ivr.Acd.Model;

/// <summary>
/// Status is the callback after the operation (null once it ended, or when nothing was found); Matches are the
/// reservations made because a counselor was freed or the callback went in line, to dispatch as usual.
/// </summary>
public sealed record CallbackResult(CallbackOutcome Outcome, CallbackStatus? Status, IReadOnlyList<Match> Matches);
