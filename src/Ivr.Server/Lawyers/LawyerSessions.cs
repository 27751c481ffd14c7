using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.CallControl;
using Ivr.Server.CallControl.InCall;
using Ivr.Server.FollowUps;
using Ivr.Server.Telephony;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Twilio.Types;

namespace Ivr.Server.Lawyers;

/// <summary>
/// Runs booked sessions at their time, in one conference: the interpreting counselor's softphone is rung first (the
/// counselor held for the session, or the next available of the language: <see cref="InterpreterPicker"/>), taken On
/// call by the ACD as an outbound call of theirs; once they answer the lawyer is called, once the lawyer answers the
/// caller (from the protected number the booking keeps). A session the lawyer works in the caller's language directly
/// starts with the lawyer. Every step is claimed in PostgreSQL first (the state <c>running</c>, each call's attempt
/// number), so with any number of instances each session runs once and each call is placed once.
/// </summary>
public sealed partial class LawyerSessions(
    IServiceScopeFactory scopes, AcdEngine engine, InterpreterPicker picker, SessionHolds holds, SessionEnding ending, CounselorRing ring, CallLegs legs, ICallStateObserver observer, ConferenceControl conference,
    CallerNumbers numbers, PublicUrls urls, IOptions<CallControlOptions> callControl, IOptions<LawyerOptions> options, TimeProvider clock, ILogger<LawyerSessions> logger)
{
    /// <summary>The ACD's id of the interpreter's call (an outbound call of theirs) for the session.</summary>
    public static string CallId(Guid bookingId) => "out-" + bookingId.ToString("N");

    /// <summary>The reservation the session's conference is named after (<see cref="ConferenceNames.ForReservation"/>).</summary>
    public static string ReservationId(Guid bookingId) => "l" + bookingId.ToString("N");

    /// <summary>One pass: claims each booked session whose time has come (and not passed) and starts it.</summary>
    public async Task<int> StartDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
        var now = clock.GetUtcNow();
        var started = 0;
        foreach (var id in await db.Bookings.AsNoTracking().Where(row => row.State == BookingStates.Booked && row.StartsAt <= now && row.EndsAt > now)
                     .Select(row => row.Id).ToListAsync(cancellationToken))
        {
            if (await db.Bookings.Where(row => row.Id == id && row.State == BookingStates.Booked)
                    .ExecuteUpdateAsync(set => set.SetProperty(row => row.State, BookingStates.Running).SetProperty(row => row.SessionStartedAt, now)
                        .SetProperty(row => row.StepAt, now), cancellationToken) != 1)
            {
                continue; // another instance runs it
            }
            started++;
            var booking = await db.Bookings.AsNoTracking().SingleAsync(row => row.Id == id, cancellationToken);
            LogStarting(id, booking.Language, booking.NeedsInterpreter);
            if (booking.NeedsInterpreter)
            {
                await RingInterpreterAsync(booking, cancellationToken);
            }
            else
            {
                await DialAsync(booking, SessionParty.Lawyer, cancellationToken);
            }
        }
        return started;
    }

    /// <summary>
    /// One pass: calls again the lawyers and callers whose retry is due (each retry claimed once). A retry that comes due
    /// once the slot has ended calls nobody: the session ends as that party's no-show.
    /// </summary>
    public async Task<int> RetryDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
        var now = clock.GetUtcNow();
        var dialled = 0;
        foreach (var booking in await db.Bookings.AsNoTracking().Where(row => row.State == BookingStates.Running && row.RetryAt <= now).ToListAsync(cancellationToken))
        {
            if (await db.Bookings.Where(row => row.Id == booking.Id && row.State == BookingStates.Running && row.RetryAt == booking.RetryAt)
                    .ExecuteUpdateAsync(set => set.SetProperty(row => row.RetryAt, (DateTimeOffset?)null).SetProperty(row => row.StepAt, now), cancellationToken) != 1)
            {
                continue; // claimed by another instance
            }
            var party = booking.CallerAttempts > 0 ? SessionParty.Caller : SessionParty.Lawyer;
            if (booking.EndsAt <= now)
            {
                LogRetryPastSlot(booking.Id, party);
                await ending.EndAsync(booking.Id, SessionEnding.NoShowOf(party), cancellationToken);
                continue;
            }
            await DialAsync(booking, party, cancellationToken);
            dialled++;
        }
        return dialled;
    }

    /// <summary>
    /// Takes an interpreter On call and rings their softphone into the session's conference: the counselor held, else
    /// the available counselors of the language, most proficient first, never one who did not answer this session.
    /// </summary>
    /// <returns>False when nobody could be taken (the caller then gets the rescheduling SMS: <see cref="SessionEnding"/>).</returns>
    public async Task<bool> RingInterpreterAsync(LawyerBooking booking, CancellationToken cancellationToken)
    {
        var number = numbers.Unprotect(booking.CallerProtected) ?? "";
        var candidates = (await picker.CandidatesAsync(booking.Language, booking.DeclinedBy, cancellationToken))
            .Where(status => status.State == CounselorState.Available).Select(status => status.Id).ToList();
        if (booking.HeldCounselor is { } held && !booking.DeclinedBy.Contains(held))
        {
            candidates.Remove(held);
            candidates.Insert(0, held); // tried even if not listed available: the ACD says
        }
        var callId = CallId(booking.Id);
        foreach (var counselorId in candidates)
        {
            var started = await engine.StartOutboundAsync(callId, counselorId, booking.Language, number, null,
                $"lawyer:{booking.Id:N}:{counselorId}");
            if (started.Outcome != OutboundOutcome.Started)
            {
                LogNotAvailable(booking.Id, counselorId, started.State?.ToString() ?? started.Outcome.ToString());
                continue;
            }
            await ReleaseHoldAsync(booking, cancellationToken);
            if (!await SetAsync(booking.Id, set => set.SetProperty(row => row.InterpreterId, counselorId).SetProperty(row => row.StepAt, clock.GetUtcNow())
                    .SetProperty(row => row.DialledCallSid, (string?)null), cancellationToken))
            {
                await engine.OutboundFailedAsync(callId, "ended", $"lawyer-ended:{booking.Id:N}:{counselorId}");
                return true; // the session ended meanwhile
            }
            // The softphone shows the session as a call of theirs (hang-up, mute); written before the ring, as for a call they place.
            await legs.RememberAsync(ReservationId(booking.Id), callId, counselorId);
            try
            {
                var legSid = await ring.RingAsync(ReservationId(booking.Id), counselorId, options.Value.RingSeconds, LegUrl(booking.Id, SessionParty.Interpreter, counselorId));
                await SetAsync(booking.Id, row => row.InterpreterId == counselorId && row.InterpreterCallSid == null && row.DialledCallSid == null,
                    set => set.SetProperty(row => row.DialledCallSid, legSid), cancellationToken);
                LogRinging(booking.Id, counselorId);
                await observer.CallChangedAsync(counselorId, cancellationToken);
                return true;
            }
            catch (Exception exception) when (TwilioFailures.Is(exception))
            {
                LogDialFailed(booking.Id, SessionParty.Interpreter, exception.Message);
                await engine.OutboundFailedAsync(callId, "failed", $"lawyer-ring-failed:{booking.Id:N}:{counselorId}");
            }
        }
        await ReleaseHoldAsync(booking, cancellationToken);
        LogNoInterpreter(booking.Id, booking.Language);
        await ending.EndAsync(booking.Id, BookingStates.NoInterpreter, cancellationToken);
        return false;
    }

    /// <summary>Calls the lawyer or the caller into the conference, as the next attempt (claimed: each attempt is placed once).</summary>
    public async Task DialAsync(LawyerBooking booking, SessionParty party, CancellationToken cancellationToken)
    {
        var attempt = (party == SessionParty.Lawyer ? booking.LawyerAttempts : booking.CallerAttempts) + 1;
        var now = clock.GetUtcNow();
        var claimed = party == SessionParty.Lawyer
            ? await SetAsync(booking.Id, row => row.LawyerAttempts == attempt - 1, set => set.SetProperty(row => row.LawyerAttempts, attempt)
                .SetProperty(row => row.StepAt, now).SetProperty(row => row.DialledCallSid, (string?)null), cancellationToken)
            : await SetAsync(booking.Id, row => row.CallerAttempts == attempt - 1, set => set.SetProperty(row => row.CallerAttempts, attempt)
                .SetProperty(row => row.StepAt, now).SetProperty(row => row.DialledCallSid, (string?)null), cancellationToken);
        if (!claimed)
        {
            return; // placed already (this callback again, or another instance)
        }
        var number = await NumberAsync(booking, party, cancellationToken);
        if (number is null || callControl.Value.CenterNumber is not { } centerNumber)
        {
            LogNoNumber(booking.Id, party);
            await ending.EndAsync(booking.Id, SessionEnding.NoShowOf(party), cancellationToken);
            return;
        }
        try
        {
            var callSid = await conference.AddAsync(ConferenceNames.ForReservation(ReservationId(booking.Id)), new PhoneNumber(centerNumber), new PhoneNumber(number),
                LegUrl(booking.Id, party, attempt.ToString(System.Globalization.CultureInfo.InvariantCulture)), options.Value.RingSeconds, party.ToString().ToLowerInvariant());
            LogDialled(booking.Id, party, attempt, callSid);
            // Noted for the resumer (the attempt still current): the call is asked of Twilio if its callbacks never come.
            await (party == SessionParty.Lawyer
                ? SetAsync(booking.Id, row => row.LawyerAttempts == attempt && row.LawyerCallSid == null && row.DialledCallSid == null,
                    set => set.SetProperty(row => row.DialledCallSid, callSid), cancellationToken)
                : SetAsync(booking.Id, row => row.CallerAttempts == attempt && row.CallerJoinedAt == null && row.DialledCallSid == null,
                    set => set.SetProperty(row => row.DialledCallSid, callSid), cancellationToken));
        }
        catch (TwilioUnavailableException exception)
        {
            LogDialFailed(booking.Id, party, exception.Message);
            await ending.NotAnsweredAsync(booking.Id, party, attempt, cancellationToken);
        }
    }

    private async Task<string?> NumberAsync(LawyerBooking booking, SessionParty party, CancellationToken cancellationToken)
    {
        if (party == SessionParty.Caller)
        {
            return numbers.Unprotect(booking.CallerProtected);
        }
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LawyersDbContext>().Lawyers.AsNoTracking()
            .Where(row => row.Id == booking.LawyerId).Select(row => row.Phone).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task ReleaseHoldAsync(LawyerBooking booking, CancellationToken cancellationToken)
    {
        if (booking.HeldCounselor is { } held)
        {
            await holds.ReleaseAsync(held, booking.Id, cancellationToken);
        }
    }

    private Uri LegUrl(Guid bookingId, SessionParty party, string leg) =>
        urls.For(SessionLegEndpoint.RouteName, new { bookingId, party = party.ToString().ToLowerInvariant(), leg });

    private Task<bool> SetAsync(Guid id, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<LawyerBooking>> set, CancellationToken cancellationToken) =>
        SetAsync(id, _ => true, set, cancellationToken);

    /// <summary>Changes the row of a session still running (one that ended is not touched again) where <paramref name="still"/> holds.</summary>
    public async Task<bool> SetAsync(Guid id, System.Linq.Expressions.Expression<Func<LawyerBooking, bool>> still,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<LawyerBooking>> set, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LawyersDbContext>().Bookings
            .Where(row => row.Id == id && row.State == BookingStates.Running).Where(still).ExecuteUpdateAsync(set, cancellationToken) == 1;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lawyer session {Booking} ({Language}, interpreter needed: {NeedsInterpreter}) starts")]
    private partial void LogStarting(Guid booking, string language, bool needsInterpreter);

    [LoggerMessage(Level = LogLevel.Information, Message = "Counselor {CounselorId} cannot interpret lawyer session {Booking} now ({State}); the next of the language is tried")]
    private partial void LogNotAvailable(Guid booking, string counselorId, string state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ringing counselor {CounselorId} to interpret lawyer session {Booking}")]
    private partial void LogRinging(Guid booking, string counselorId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No counselor of {Language} can interpret lawyer session {Booking}; the caller is asked to book again")]
    private partial void LogNoInterpreter(Guid booking, string language);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lawyer session {Booking}: the {Party}'s retry came due after the slot ended; not called")]
    private partial void LogRetryPastSlot(Guid booking, SessionParty party);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lawyer session {Booking}: {Party} called (attempt {Attempt}) as {CallSid}")]
    private partial void LogDialled(Guid booking, SessionParty party, int attempt, string callSid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lawyer session {Booking}: Twilio could not call the {Party} ({Reason})")]
    private partial void LogDialFailed(Guid booking, SessionParty party, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lawyer session {Booking}: no number to call the {Party} (retention, or CallControl:CenterNumber unset)")]
    private partial void LogNoNumber(Guid booking, SessionParty party);
}
