using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.Queueing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Lawyers;

/// <summary>
/// The ACD's scheduled reservations for interpreted sessions (docs/acd.md, "Scheduled reservations"):
/// <c>Lawyers:HoldLead</c> before a session that needs an interpreter, a counselor of its language is held for its
/// slot (the match then offers them no caller whose handling would run into it); the hold goes when the session starts,
/// is cancelled or moved (a moved session is held afresh for its new time). The booking names the counselor held
/// (<c>held_counselor</c>, set only where still empty: with several instances one hold stands, a loser releases its own).
/// </summary>
public sealed partial class SessionHolds(
    IServiceScopeFactory scopes, AcdEngine engine, InterpreterPicker picker, IMatchDispatcher dispatcher, IOptions<LawyerOptions> options, TimeProvider clock,
    ILogger<SessionHolds> logger) : IBookingObserver
{
    public static string ScheduleId(Guid bookingId) => "lawyer-" + bookingId.ToString("N");

    /// <summary>One pass: holds a counselor for each interpreted session starting within the lead that has none yet.</summary>
    public async Task<int> HoldDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
        var now = clock.GetUtcNow();
        var horizon = now + options.Value.HoldLead;
        var due = await db.Bookings.AsNoTracking()
            .Where(row => row.State == BookingStates.Booked && row.NeedsInterpreter && row.HeldCounselor == null && row.StartsAt > now && row.StartsAt <= horizon)
            .ToListAsync(cancellationToken);
        var held = 0;
        foreach (var booking in due)
        {
            held += await HoldAsync(db, booking, cancellationToken) ? 1 : 0;
        }
        return held;
    }

    private async Task<bool> HoldAsync(LawyersDbContext db, LawyerBooking booking, CancellationToken cancellationToken)
    {
        foreach (var candidate in await picker.CandidatesAsync(booking.Language, [], cancellationToken))
        {
            var result = await engine.HoldAsync(candidate.Id, ScheduleId(booking.Id), booking.StartsAt, booking.EndsAt);
            if (result.Outcome != ScheduleOutcome.Done)
            {
                continue; // held for another session then
            }
            var claimed = await db.Bookings.Where(row => row.Id == booking.Id && row.State == BookingStates.Booked && row.HeldCounselor == null)
                .ExecuteUpdateAsync(set => set.SetProperty(row => row.HeldCounselor, candidate.Id), cancellationToken) == 1;
            if (!claimed)
            {
                // Another instance held someone first (or the session changed): ours goes.
                await ReleaseAsync(candidate.Id, booking.Id, cancellationToken);
                return false;
            }
            LogHeld(booking.Id, candidate.Id, booking.Language);
            return true;
        }
        LogNoneToHold(booking.Id, booking.Language);
        return false;
    }

    /// <summary>A cancelled or moved session gives its counselor back (a moved one is held again for its new time).</summary>
    public async Task BookingChangedAsync(Guid bookingId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
        if (await db.Bookings.AsNoTracking().FirstOrDefaultAsync(row => row.Id == bookingId, cancellationToken) is { HeldCounselor: { } counselor } booking
            && booking.State is BookingStates.Booked or BookingStates.Cancelled)
        {
            await db.Bookings.Where(row => row.Id == bookingId && row.HeldCounselor == counselor)
                .ExecuteUpdateAsync(set => set.SetProperty(row => row.HeldCounselor, (string?)null), cancellationToken);
            await ReleaseAsync(counselor, bookingId, cancellationToken);
        }
    }

    /// <summary>Releases the hold; callers the counselor may take now are offered to them.</summary>
    public async Task ReleaseAsync(string counselorId, Guid bookingId, CancellationToken cancellationToken)
    {
        var result = await engine.ReleaseAsync(counselorId, ScheduleId(bookingId));
        await dispatcher.DispatchAsync(result.Matches, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Counselor {CounselorId} held to interpret lawyer session {Booking} ({Language})")]
    private partial void LogHeld(Guid booking, string counselorId, string language);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No counselor of {Language} signed in to hold for lawyer session {Booking}; the next pass tries again")]
    private partial void LogNoneToHold(Guid booking, string language);
}
