using System.Globalization;
using Ivr.Acd.Engine;
using Ivr.Server.Queueing;
using Ivr.Server.Telephony;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;

namespace Ivr.Server.Lawyers;

/// <summary>
/// No session is stranded by an instance that died (or a server down through a slot). A session still
/// <c>booked</c> when its slot has passed is <see cref="BookingStates.Missed"/> and the caller is asked by SMS to book
/// again. A <c>running</c> session that has not moved on for <c>Lawyers:StallAfter</c> (no retry due) is claimed by
/// one instance and looked at from what its row records: the call it waits for (<c>dialled_call_sid</c>) is asked of
/// Twilio and, answered or over, handled as its lost status callback would have been; no call placed (the instance
/// died first): placed now while the slot is open, else the session is missed. A session in conversation whose calls
/// Twilio reports over is ended as its hang-up would have ended it. Every ending frees the interpreter in the ACD.
/// </summary>
public sealed partial class SessionResumer(
    IServiceScopeFactory scopes, LawyerSessions sessions, SessionLegEvents legEvents, SessionEnding ending, SessionHolds holds, BookingTexts texts, AcdEngine engine,
    IMatchDispatcher dispatcher, ITwilioRestClient twilio, IOptions<LawyerOptions> options, TimeProvider clock, ILogger<SessionResumer> logger)
{
    /// <summary>One pass: the booked sessions whose slot has passed are missed (each claimed once; the caller's SMS once).</summary>
    public async Task<int> MarkMissedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
        var now = clock.GetUtcNow();
        var missed = 0;
        foreach (var booking in await db.Bookings.AsNoTracking().Where(row => row.State == BookingStates.Booked && row.EndsAt <= now).ToListAsync(cancellationToken))
        {
            if (await db.Bookings.Where(row => row.Id == booking.Id && row.State == BookingStates.Booked)
                    .ExecuteUpdateAsync(set => set.SetProperty(row => row.State, BookingStates.Missed).SetProperty(row => row.SessionEndedAt, now), cancellationToken) != 1)
            {
                continue; // another instance marked it
            }
            missed++;
            LogMissed(booking.Id, booking.StartsAt);
            if (booking.HeldCounselor is { } held)
            {
                await holds.ReleaseAsync(held, booking.Id, cancellationToken);
            }
            await texts.SendReschedulingAsync(booking, cancellationToken);
        }
        return missed;
    }

    /// <summary>One pass: each running session stalled for <c>Lawyers:StallAfter</c> is claimed (its step time moved on) and resumed.</summary>
    public async Task<int> ResumeStalledAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
        var now = clock.GetUtcNow();
        var cutoff = now - options.Value.StallAfter;
        var resumed = 0;
        foreach (var booking in await db.Bookings.AsNoTracking()
                     .Where(row => row.State == BookingStates.Running && row.RetryAt == null && (row.StepAt ?? row.SessionStartedAt) < cutoff).ToListAsync(cancellationToken))
        {
            if (await db.Bookings.Where(row => row.Id == booking.Id && row.State == BookingStates.Running && row.RetryAt == null && row.StepAt == booking.StepAt)
                    .ExecuteUpdateAsync(set => set.SetProperty(row => row.StepAt, now), cancellationToken) != 1)
            {
                continue; // moved on meanwhile, or another instance looks at it
            }
            resumed++;
            await ResumeAsync(booking, now, cancellationToken);
        }
        return resumed;
    }

    private async Task ResumeAsync(LawyerBooking booking, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (booking.CallerJoinedAt is not null)
        {
            await CheckConversationAsync(booking, cancellationToken);
            return;
        }
        var (party, leg) = Awaited(booking);
        if (booking.DialledCallSid is { } callSid)
        {
            // The call was placed: Twilio says what became of it (its callbacks were lost with the instance, or are late).
            if (await StatusAsync(callSid) is { } status && (status == CallStatuses.InProgress || CallStatuses.IsTerminal(status)))
            {
                LogReplayed(booking.Id, party, status);
                await legEvents.HandleAsync(booking.Id, party, leg, callSid, status, cancellationToken);
            }
            return; // still ringing (its callback will come), or Twilio unreachable (the next look asks again)
        }
        if (now >= booking.EndsAt)
        {
            LogPastSlot(booking.Id, party);
            await ending.EndAsync(booking.Id, BookingStates.Missed, cancellationToken);
            return;
        }
        LogResumed(booking.Id, party);
        if (party == SessionParty.Interpreter)
        {
            // Whoever the dead instance took On call for the session (named or not) is freed, then rung again from the start.
            var freed = await engine.OutboundFailedAsync(LawyerSessions.CallId(booking.Id), "stalled", $"lawyer-resume:{booking.Id:N}:{now.ToUnixTimeMilliseconds()}");
            await dispatcher.DispatchAsync(freed.Matches, cancellationToken);
            if (!await sessions.SetAsync(booking.Id, row => row.InterpreterId == booking.InterpreterId && row.InterpreterCallSid == null,
                    set => set.SetProperty(row => row.InterpreterId, (string?)null), cancellationToken))
            {
                return;
            }
            booking.InterpreterId = null;
            await sessions.RingInterpreterAsync(booking, cancellationToken);
            return;
        }
        // The attempt was claimed but never placed: given back, so the call placed now is that attempt.
        var attempt = party == SessionParty.Lawyer ? booking.LawyerAttempts : booking.CallerAttempts;
        if (attempt > 0)
        {
            var givenBack = party == SessionParty.Lawyer
                ? await sessions.SetAsync(booking.Id, row => row.LawyerAttempts == attempt && row.DialledCallSid == null, set => set.SetProperty(row => row.LawyerAttempts, attempt - 1), cancellationToken)
                : await sessions.SetAsync(booking.Id, row => row.CallerAttempts == attempt && row.DialledCallSid == null, set => set.SetProperty(row => row.CallerAttempts, attempt - 1), cancellationToken);
            if (!givenBack)
            {
                return;
            }
            if (party == SessionParty.Lawyer)
            {
                booking.LawyerAttempts--;
            }
            else
            {
                booking.CallerAttempts--;
            }
        }
        await sessions.DialAsync(booking, party, cancellationToken);
    }

    // The step the session waits for: the interpreter's answer, the lawyer's, or the caller's (and the leg its callbacks name).
    private static (SessionParty Party, string Leg) Awaited(LawyerBooking booking)
    {
        if (booking.NeedsInterpreter && booking.InterpreterCallSid is null)
        {
            return (SessionParty.Interpreter, booking.InterpreterId ?? "");
        }
        return booking.LawyerCallSid is null
            ? (SessionParty.Lawyer, booking.LawyerAttempts.ToString(CultureInfo.InvariantCulture))
            : (SessionParty.Caller, booking.CallerAttempts.ToString(CultureInfo.InvariantCulture));
    }

    // In conversation: a hang-up whose callback was lost (the caller's, or the leader's) is handled now.
    private async Task CheckConversationAsync(LawyerBooking booking, CancellationToken cancellationToken)
    {
        var legs = new List<(SessionParty Party, string Leg, string? CallSid)>
        {
            (SessionParty.Caller, booking.CallerAttempts.ToString(CultureInfo.InvariantCulture), booking.CallerCallSid),
            booking.NeedsInterpreter
                ? (SessionParty.Interpreter, booking.InterpreterId ?? "", booking.InterpreterCallSid)
                : (SessionParty.Lawyer, booking.LawyerAttempts.ToString(CultureInfo.InvariantCulture), booking.LawyerCallSid),
        };
        foreach (var (party, leg, callSid) in legs)
        {
            if (callSid is not null && await StatusAsync(callSid) is { } status && CallStatuses.IsTerminal(status))
            {
                LogReplayed(booking.Id, party, status);
                await legEvents.HandleAsync(booking.Id, party, leg, callSid, CallStatuses.Completed, cancellationToken);
                return;
            }
        }
    }

    /// <returns>The call's status at Twilio (<c>failed</c> for a call it does not know); null when Twilio could not be asked.</returns>
    private async Task<string?> StatusAsync(string callSid)
    {
        try
        {
            return (await CallResource.FetchAsync(callSid, client: twilio)).Status?.ToString();
        }
        catch (ApiException exception) when (exception.Status == StatusCodes.Status404NotFound)
        {
            return CallStatuses.Failed; // Twilio keeps every call it placed: one it does not know never rang
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            LogFetchFailed(callSid, exception.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lawyer session {Booking} at {StartsAt} was never run (its slot passed): missed, the caller is asked to book again")]
    private partial void LogMissed(Guid booking, DateTimeOffset startsAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lawyer session {Booking} stalled waiting for the {Party}: the call nobody placed is placed now")]
    private partial void LogResumed(Guid booking, SessionParty party);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lawyer session {Booking} stalled waiting for the {Party} and its slot has passed: missed")]
    private partial void LogPastSlot(Guid booking, SessionParty party);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lawyer session {Booking}: the {Party}'s call is {Status} at Twilio but its callback never came; handled now")]
    private partial void LogReplayed(Guid booking, SessionParty party, string status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not fetch call {CallSid} for a stalled lawyer session: {Reason}")]
    private partial void LogFetchFailed(string callSid, string reason);
}
