namespace Ivr.Acd.Model;

/// <summary>
/// Status is the callback after the operation (null when nothing was found or it failed; for
/// <see cref="CallbackOutcome.Cancelled"/>, as it stood when cancelled); Matches are the reservations made because a
/// counselor was freed or the callback went in line, to dispatch as usual.
/// </summary>
public sealed record CallbackResult(CallbackOutcome Outcome, CallbackStatus? Status, IReadOnlyList<Match> Matches)
{
    /// <summary>For <see cref="CallbackOutcome.Failed"/>: the callback that ended, with its number.</summary>
    public FailedCallback? Failed { get; init; }
}
