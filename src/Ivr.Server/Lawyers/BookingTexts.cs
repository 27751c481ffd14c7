using Ivr.Server.FollowUps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Lawyers;

/// <summary>
/// The caller's SMS (Twilio's Messages API through <see cref="SessionSms"/>, in the booking's language): the
/// confirmation when a session is booked or moved, the reminder before it, a word when it is cancelled. Each
/// confirmation and reminder is sent at most once per session time whatever the number of instances: it is claimed
/// first by a state transition in PostgreSQL (<c>confirmed_at</c>, <c>reminded_at</c> set only where still null), and
/// given back when Twilio refused or could not be reached, so the job (<see cref="BookingTextsJob"/>) tries again.
/// </summary>
public sealed partial class BookingTexts(
    IServiceScopeFactory scopes, SessionSms sms, CallerNumbers numbers, SlotCalendar calendar, IOptions<LawyerOptions> options, TimeProvider clock,
    ILogger<BookingTexts> logger) : IBookingObserver
{
    /// <summary>Sends what the change calls for; a failure is logged, never the booking's: the job sends a confirmation still owed.</summary>
    public async Task BookingChangedAsync(Guid bookingId, CancellationToken cancellationToken)
    {
        try
        {
            await TellAsync(bookingId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogTellFailed(bookingId, exception.Message);
        }
    }

    private async Task TellAsync(Guid bookingId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
        if (await db.Bookings.AsNoTracking().FirstOrDefaultAsync(row => row.Id == bookingId, cancellationToken) is not { } booking)
        {
            return;
        }
        if (booking.State == BookingStates.Cancelled)
        {
            await SendAsync(booking, LawyerTexts.Kind.Cancellation, cancellationToken);
            return;
        }
        await ConfirmAsync(db, booking, cancellationToken);
    }

    /// <summary>One pass of the job: confirmations and rescheduling texts not yet sent (Twilio failed before), then the reminders now due.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
        var now = clock.GetUtcNow();
        var lead = options.Value.ReminderLead;
        var sent = 0;
        foreach (var booking in await db.Bookings.AsNoTracking()
                     .Where(row => row.State == BookingStates.Booked && row.ConfirmedAt == null && row.StartsAt > now).ToListAsync(cancellationToken))
        {
            sent += await ConfirmAsync(db, booking, cancellationToken) ? 1 : 0;
        }
        foreach (var booking in await db.Bookings.AsNoTracking()
                     .Where(row => BookingStates.OweRescheduling.Contains(row.State) && row.ReschedulingSentAt == null).ToListAsync(cancellationToken))
        {
            sent += await SendReschedulingAsync(booking, cancellationToken) ? 1 : 0;
        }
        var horizon = now + lead;
        var due = await db.Bookings.AsNoTracking()
            .Where(row => row.State == BookingStates.Booked && row.ConfirmedAt != null && row.RemindedAt == null && row.StartsAt > now && row.StartsAt <= horizon)
            .ToListAsync(cancellationToken);
        foreach (var booking in due)
        {
            // Booked (or moved) within the lead: the confirmation was the reminder.
            var remind = (booking.ChangedAt ?? booking.BookedAt) < booking.StartsAt - lead;
            if (await ClaimAsync(db, booking.Id, row => row.RemindedAt == null && row.ConfirmedAt != null, set => set.SetProperty(row => row.RemindedAt, now), cancellationToken)
                && remind)
            {
                if (await SendAsync(booking, LawyerTexts.Kind.Reminder, cancellationToken))
                {
                    sent++;
                }
                else
                {
                    await db.Bookings.Where(row => row.Id == booking.Id && row.RemindedAt == now)
                        .ExecuteUpdateAsync(set => set.SetProperty(row => row.RemindedAt, (DateTimeOffset?)null), cancellationToken);
                }
            }
        }
        return sent;
    }

    /// <summary>
    /// The session could not take place (<see cref="BookingStates.OweRescheduling"/>): the caller is asked to book again, once whatever the
    /// number of instances (<c>rescheduling_sent_at</c> claimed first, given back when Twilio failed: the job sends it later).
    /// </summary>
    public async Task<bool> SendReschedulingAsync(LawyerBooking booking, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
        var now = clock.GetUtcNow();
        var owed = db.Bookings.Where(row => row.Id == booking.Id && BookingStates.OweRescheduling.Contains(row.State));
        if (await owed.Where(row => row.ReschedulingSentAt == null).ExecuteUpdateAsync(set => set.SetProperty(row => row.ReschedulingSentAt, now), cancellationToken) != 1)
        {
            return false; // sent already, or being sent by another instance
        }
        if (await SendAsync(booking, LawyerTexts.Kind.Rescheduling, cancellationToken))
        {
            return true;
        }
        await owed.Where(row => row.ReschedulingSentAt == now).ExecuteUpdateAsync(set => set.SetProperty(row => row.ReschedulingSentAt, (DateTimeOffset?)null), cancellationToken);
        return false;
    }

    private async Task<bool> ConfirmAsync(LawyersDbContext db, LawyerBooking booking, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!await ClaimAsync(db, booking.Id, row => row.ConfirmedAt == null && row.StartsAt == booking.StartsAt, set => set.SetProperty(row => row.ConfirmedAt, now),
                cancellationToken))
        {
            return false;
        }
        if (await SendAsync(booking, LawyerTexts.Kind.Confirmation, cancellationToken))
        {
            return true;
        }
        await db.Bookings.Where(row => row.Id == booking.Id && row.ConfirmedAt == now)
            .ExecuteUpdateAsync(set => set.SetProperty(row => row.ConfirmedAt, (DateTimeOffset?)null), cancellationToken);
        return false;
    }

    // The transition that makes one sender of many: only the instance whose update changed the row sends.
    private static async Task<bool> ClaimAsync(LawyersDbContext db, Guid id, System.Linq.Expressions.Expression<Func<LawyerBooking, bool>> still,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<LawyerBooking>> set, CancellationToken cancellationToken) =>
        await db.Bookings.Where(row => row.Id == id && row.State == BookingStates.Booked).Where(still).ExecuteUpdateAsync(set, cancellationToken) == 1;

    private async Task<bool> SendAsync(LawyerBooking booking, LawyerTexts.Kind kind, CancellationToken cancellationToken)
    {
        if (numbers.Unprotect(booking.CallerProtected) is not { } number)
        {
            LogNoNumber(booking.Id);
            return true; // nothing to try again: the number is gone (retention) or does not open
        }
        return await sms.SendAsync(booking.Id, kind.ToString().ToLowerInvariant(), number,
            LawyerTexts.For(booking.Language, kind, calendar.Local(booking.StartsAt)), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SMS for session {Booking} failed ({Reason}); a confirmation still owed is sent by the SMS job")]
    private partial void LogTellFailed(Guid booking, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No SMS for session {Booking}: the caller's number is no longer kept")]
    private partial void LogNoNumber(Guid booking);
}
