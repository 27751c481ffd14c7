using Ivr.Acd.Engine;
using Ivr.Server.CallControl;
using Ivr.Server.CallControl.InCall;
using Ivr.Server.Queueing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Lawyers;

/// <summary>
/// How a session ends: the call nobody answered is tried again after <c>Lawyers:RetryGap</c>, up to
/// <c>Lawyers:Retries</c> times, then the session is a no-show of that party; an ended session (in any outcome, claimed
/// once from <c>running</c>) hangs up the legs still up, frees its interpreter in the ACD (at once after a no-show or
/// when nobody could interpret; into wrap-up after a conversation) and, when the session could not take place for the
/// center's side (no interpreter, the lawyer absent) or the caller did not answer, asks the caller by SMS to book again.
/// </summary>
public sealed partial class SessionEnding(
    IServiceScopeFactory scopes, AcdEngine engine, ConferenceControl conference, IMatchDispatcher dispatcher, ICallStateObserver observer, BookingTexts texts, IOptions<LawyerOptions> options,
    TimeProvider clock, ILogger<SessionEnding> logger)
{
    /// <summary>The <paramref name="attempt"/>-th call to <paramref name="party"/> was not answered: a retry, or the no-show.</summary>
    public async Task NotAnsweredAsync(Guid bookingId, SessionParty party, int attempt, CancellationToken cancellationToken)
    {
        if (attempt <= options.Value.Retries)
        {
            var retryAt = clock.GetUtcNow() + options.Value.RetryGap;
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<LawyersDbContext>().Bookings
                .Where(row => row.Id == bookingId && row.State == BookingStates.Running && row.RetryAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(row => row.RetryAt, retryAt), cancellationToken);
            LogRetry(bookingId, party, attempt);
            return;
        }
        await EndAsync(bookingId, NoShowOf(party), cancellationToken);
    }

    /// <summary>The outcome of a session whose <paramref name="party"/> answered none of the tries.</summary>
    public static string NoShowOf(SessionParty party) => party == SessionParty.Lawyer ? BookingStates.NoShowLawyer : BookingStates.NoShowCaller;

    /// <summary>Ends a running session as <paramref name="outcome"/> (once: the transition from <c>running</c> is claimed).</summary>
    public async Task EndAsync(Guid bookingId, string outcome, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
        var now = clock.GetUtcNow();
        if (await db.Bookings.Where(row => row.Id == bookingId && row.State == BookingStates.Running)
                .ExecuteUpdateAsync(set => set.SetProperty(row => row.State, outcome).SetProperty(row => row.SessionEndedAt, now)
                    .SetProperty(row => row.RetryAt, (DateTimeOffset?)null), cancellationToken) != 1)
        {
            return;
        }
        var booking = await db.Bookings.AsNoTracking().SingleAsync(row => row.Id == bookingId, cancellationToken);
        LogEnded(bookingId, outcome);
        foreach (var leg in new[] { booking.CallerCallSid, booking.LawyerCallSid, booking.InterpreterCallSid }.OfType<string>())
        {
            try
            {
                await conference.HangUpAsync(leg);
            }
            catch (TwilioUnavailableException exception)
            {
                LogHangUpFailed(bookingId, leg, exception.Message);
            }
        }
        if (booking.InterpreterId is { } counselorId)
        {
            await FreeInterpreterAsync(booking, counselorId, outcome, cancellationToken);
        }
        else
        {
            // An instance that died between taking a counselor On call and naming them leaves them on the session's call: ended here.
            var orphan = await engine.OutboundFailedAsync(LawyerSessions.CallId(booking.Id), outcome, $"lawyer-end:{booking.Id:N}");
            await dispatcher.DispatchAsync(orphan.Matches, cancellationToken);
        }
        if (BookingStates.OweRescheduling.Contains(outcome))
        {
            await texts.SendReschedulingAsync(booking, cancellationToken);
        }
    }

    // After a conversation the interpreter writes it up (wrap-up); after a no-show nobody was helped: available at once.
    private async Task FreeInterpreterAsync(LawyerBooking booking, string counselorId, string outcome, CancellationToken cancellationToken)
    {
        var callId = LawyerSessions.CallId(booking.Id);
        var matches = outcome is BookingStates.Completed or BookingStates.Interrupted
            ? (await engine.CallEndedAsync(callId, $"lawyer-end:{booking.Id:N}", counselorId)).Matches
            : (await engine.OutboundFailedAsync(callId, outcome, $"lawyer-end:{booking.Id:N}")).Matches;
        await dispatcher.DispatchAsync(matches, cancellationToken);
        await observer.CallChangedAsync(counselorId, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lawyer session {Booking}: the {Party} did not answer attempt {Attempt}; called again after the gap")]
    private partial void LogRetry(Guid booking, SessionParty party, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lawyer session {Booking} ended: {Outcome}")]
    private partial void LogEnded(Guid booking, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lawyer session {Booking}: could not hang up leg {CallSid} ({Reason})")]
    private partial void LogHangUpFailed(Guid booking, string callSid, string reason);
}
