using System.Globalization;
using Ivr.Acd.Engine;
using Ivr.Server.CallControl;
using Ivr.Server.Queueing;
using Ivr.Server.Telephony;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Lawyers;

/// <summary>
/// What a leg's status means for its session. Interpreter answered: the lawyer is called; lawyer answered: the caller
/// is called; caller answered: the session is under way. A leg not answered: another counselor (interpreter), or a
/// retry then the no-show (lawyer, caller). An answered leg that ends: the session is over when the caller leaves, or
/// the one who leads the conference (the interpreter, or the lawyer of a session without one). Only the leg the
/// session is waiting for counts (the query names the counselor or the attempt): a late callback of an earlier one is
/// ignored, as is any callback of a session no longer running.
/// </summary>
public sealed class SessionLegEvents(IServiceScopeFactory scopes, LawyerSessions sessions, SessionEnding ending, SessionParties parties, AcdEngine engine,
    IMatchDispatcher dispatcher, CallLegs legs, ICallStateObserver observer, TimeProvider clock)
{
    public async Task HandleAsync(Guid bookingId, SessionParty party, string leg, string callSid, string status, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
        if (await db.Bookings.AsNoTracking().FirstOrDefaultAsync(row => row.Id == bookingId && row.State == BookingStates.Running, cancellationToken) is not { } booking
            || !IsCurrent(booking, party, leg))
        {
            return;
        }
        var answered = status == CallStatuses.InProgress;
        if (!answered && !CallStatuses.IsTerminal(status))
        {
            return; // initiated, ringing
        }
        if (answered)
        {
            await AnsweredAsync(db, booking, party, callSid, cancellationToken);
        }
        else if (status == CallStatuses.Completed)
        {
            // An answered leg hung up.
            if (party == SessionParty.Caller || party == SessionParty.Interpreter || !booking.NeedsInterpreter)
            {
                await ending.EndAsync(booking.Id, booking.CallerJoinedAt is null ? BookingStates.Interrupted : BookingStates.Completed, cancellationToken);
            }
            else
            {
                await parties.LeftAsync(booking, callSid, cancellationToken); // the lawyer left; interpreter and caller go on
            }
        }
        else if (party == SessionParty.Interpreter)
        {
            await DeclinedAsync(db, booking, leg, status, cancellationToken);
        }
        else
        {
            await ending.NotAnsweredAsync(booking.Id, party, int.Parse(leg, CultureInfo.InvariantCulture), cancellationToken);
        }
    }

    private static bool IsCurrent(LawyerBooking booking, SessionParty party, string leg) => party switch
    {
        SessionParty.Interpreter => booking.InterpreterId == leg,
        SessionParty.Lawyer => leg == booking.LawyerAttempts.ToString(CultureInfo.InvariantCulture),
        _ => leg == booking.CallerAttempts.ToString(CultureInfo.InvariantCulture),
    };

    private async Task AnsweredAsync(LawyersDbContext db, LawyerBooking booking, SessionParty party, string callSid, CancellationToken cancellationToken)
    {
        var running = db.Bookings.Where(row => row.Id == booking.Id && row.State == BookingStates.Running);
        var now = clock.GetUtcNow();
        var stored = party switch
        {
            SessionParty.Interpreter => await running.ExecuteUpdateAsync(set => set.SetProperty(row => row.InterpreterCallSid, callSid).SetProperty(row => row.StepAt, now)
                .SetProperty(row => row.DialledCallSid, (string?)null), cancellationToken),
            SessionParty.Lawyer => await running.ExecuteUpdateAsync(set => set.SetProperty(row => row.LawyerCallSid, callSid).SetProperty(row => row.StepAt, now)
                .SetProperty(row => row.DialledCallSid, (string?)null), cancellationToken),
            _ => await running.ExecuteUpdateAsync(set => set.SetProperty(row => row.CallerCallSid, callSid).SetProperty(row => row.StepAt, now)
                .SetProperty(row => row.CallerJoinedAt, row => row.CallerJoinedAt ?? now), cancellationToken),
        };
        if (stored == 1 && party == SessionParty.Interpreter)
        {
            // Connected, as the softphone knows a call: hanging up from it now ends the session into wrap-up.
            await legs.SetAsync(LawyerSessions.ReservationId(booking.Id), (CallLegState.ConnectedAtField(booking.InterpreterId!), now.ToString("O", CultureInfo.InvariantCulture)));
            await observer.CallChangedAsync(booking.InterpreterId!, cancellationToken);
        }
        if (stored == 1)
        {
            await parties.JoinedAsync(booking, party, callSid, cancellationToken);
        }
        if (stored == 1 && party != SessionParty.Caller)
        {
            await sessions.DialAsync(booking, party == SessionParty.Interpreter ? SessionParty.Lawyer : SessionParty.Caller, cancellationToken);
        }
    }

    // The counselor did not answer their softphone: available again at once, and the next of the language is rung.
    private async Task DeclinedAsync(LawyersDbContext db, LawyerBooking booking, string counselorId, string status, CancellationToken cancellationToken)
    {
        List<string> declined = [.. booking.DeclinedBy, counselorId];
        if (await db.Bookings.Where(row => row.Id == booking.Id && row.State == BookingStates.Running && row.InterpreterId == counselorId)
                .ExecuteUpdateAsync(set => set.SetProperty(row => row.InterpreterId, (string?)null).SetProperty(row => row.DeclinedBy, declined), cancellationToken) != 1)
        {
            return; // handled by another delivery of this callback
        }
        var failed = await engine.OutboundFailedAsync(LawyerSessions.CallId(booking.Id), status, $"lawyer-declined:{booking.Id:N}:{counselorId}");
        await dispatcher.DispatchAsync(failed.Matches, cancellationToken);
        booking.InterpreterId = null;
        booking.DeclinedBy = declined;
        await sessions.RingInterpreterAsync(booking, cancellationToken);
    }
}
