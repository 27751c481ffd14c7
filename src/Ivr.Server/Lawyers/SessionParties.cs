using Ivr.Server.CallControl;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Lawyers;

/// <summary>
/// The lawyer and the caller on the interpreter's softphone: once each answers, their leg is written into the
/// session's call legs as a party (<see cref="CallLegState.Parties"/>, connected), labelled with the lawyer's name or
/// the caller's language, never a number; a lawyer who hangs up while the session goes on is shown gone. From the
/// softphone the interpreter may drop either, as any party (the caller dropped ends the session).
/// </summary>
public sealed class SessionParties(IServiceScopeFactory scopes, CallLegs legs, ICallStateObserver observer, TimeProvider clock)
{
    // Written after any callback Twilio could send for the leg: only "ended" replaces it.
    private const int Answered = int.MaxValue - 1;

    public async Task JoinedAsync(LawyerBooking booking, SessionParty party, string callSid, CancellationToken cancellationToken)
    {
        if (booking.InterpreterId is not { } interpreter || party == SessionParty.Interpreter)
        {
            return; // a session without an interpreter is on nobody's softphone
        }
        var label = party == SessionParty.Caller ? $"내담자 ({booking.Language})" : $"{await LawyerNameAsync(booking.LawyerId, cancellationToken)} (변호사)";
        var reservationId = LawyerSessions.ReservationId(booking.Id);
        await legs.SetAsync(reservationId, (CallLegState.PartyPrefix + callSid, new OutsideParty(callSid, "", label, "", clock.GetUtcNow()).ToJson()));
        await legs.SetFromCallbackAsync(reservationId, CallLegState.PartyStatePrefix + callSid, Answered, "connected");
        await observer.CallChangedAsync(interpreter, cancellationToken);
    }

    public async Task LeftAsync(LawyerBooking booking, string callSid, CancellationToken cancellationToken)
    {
        if (booking.InterpreterId is not { } interpreter)
        {
            return;
        }
        await legs.SetFromCallbackAsync(LawyerSessions.ReservationId(booking.Id), CallLegState.PartyStatePrefix + callSid, int.MaxValue, "ended");
        await observer.CallChangedAsync(interpreter, cancellationToken);
    }

    private async Task<string> LawyerNameAsync(Guid lawyerId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LawyersDbContext>().Lawyers.AsNoTracking().Where(row => row.Id == lawyerId).Select(row => row.Name)
            .SingleAsync(cancellationToken);
    }
}
