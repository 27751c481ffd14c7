using Ivr.Server.Auditing;
using Ivr.Server.CallNotes;
using Ivr.Server.CallRecords.Privacy;
using Ivr.Server.Counselors;
using Ivr.Server.FollowUps;
using Ivr.Server.Telephony;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ivr.Server.Lawyers;

/// <summary>
/// Booking, moving and cancelling sessions: only on the counselor's own call; only at a free slot of an active lawyer,
/// in the future; the caller's number taken from the call (<see cref="CallerOfCall"/>) and kept protected, the summary
/// sealed; each change audited with the change in one transaction; a slot taken twice at once is refused by the
/// unique index (409), never booked twice.
/// </summary>
public sealed class LawyerBookings(
    LawyersDbContext db, CounselorCalls calls, CallerOfCall callers, CallerNumbers numbers, CallerProtector hashes, NoteProtector seals,
    SlotCalendar calendar, AuditLog audit, IEnumerable<IBookingObserver> observers, TimeProvider clock)
{
    public async Task<BookingResult> BookAsync(string counselorId, BookingRequest request, CancellationToken cancellationToken)
    {
        if (!await calls.IsOwnAsync(counselorId, request.CallSid!))
        {
            return new BookingResult(BookingOutcome.NotOwnCall);
        }
        var lawyer = await db.Lawyers.AsNoTracking().FirstOrDefaultAsync(row => row.Id == request.LawyerId, cancellationToken);
        if (Check(lawyer, request.StartsAt, request.Topic!) is { } problem)
        {
            return BookingResult.Invalid(problem);
        }
        string? number;
        try
        {
            number = await callers.NumberAsync(request.CallSid!);
        }
        catch (Exception exception) when (TwilioFailures.Is(exception))
        {
            return new BookingResult(BookingOutcome.TwilioUnavailable);
        }
        if (number is null)
        {
            return BookingResult.Invalid("The caller's number is withheld or unknown: the session could neither call them nor send them an SMS.");
        }
        var (start, end) = calendar.Find(lawyer!, request.StartsAt)!.Value;
        var now = clock.GetUtcNow();
        var booking = new LawyerBooking
        {
            Id = Guid.CreateVersion7(now),
            LawyerId = lawyer!.Id,
            StartsAt = start,
            EndsAt = end,
            Language = request.Language!,
            Topic = request.Topic!.Trim(),
            NeedsInterpreter = !lawyer.Languages.Contains(request.Language!),
            SummarySealed = string.IsNullOrWhiteSpace(request.Summary) ? null : seals.Seal(request.Summary.Trim()),
            CallSid = request.CallSid!,
            CallerProtected = numbers.Protect(number),
            CallerHash = hashes.Hash(number),
            BookedBy = counselorId,
            BookedAt = now,
        };
        db.Bookings.Add(booking);
        return await SaveAsync(booking, lawyer, "lawyer.book", cancellationToken);
    }

    public async Task<BookingResult> RescheduleAsync(Guid id, string counselorId, IReadOnlySet<string> languages, RescheduleRequest request, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, counselorId, languages, cancellationToken) is not { State: BookingStates.Booked } booking)
        {
            return new BookingResult(BookingOutcome.NotFound);
        }
        var lawyer = await db.Lawyers.AsNoTracking().FirstOrDefaultAsync(row => row.Id == (request.LawyerId ?? booking.LawyerId), cancellationToken);
        if (Check(lawyer, request.StartsAt, booking.Topic) is { } problem)
        {
            return BookingResult.Invalid(problem);
        }
        (booking.StartsAt, booking.EndsAt) = calendar.Find(lawyer!, request.StartsAt)!.Value;
        booking.LawyerId = lawyer!.Id;
        booking.NeedsInterpreter = !lawyer.Languages.Contains(booking.Language);
        booking.ChangedBy = counselorId;
        booking.ChangedAt = clock.GetUtcNow();
        // The caller is told the new time, and reminded of it, afresh.
        booking.ConfirmedAt = null;
        booking.RemindedAt = null;
        return await SaveAsync(booking, lawyer, "lawyer.reschedule", cancellationToken);
    }

    public async Task<BookingResult> CancelAsync(Guid id, string counselorId, IReadOnlySet<string> languages, CancellationToken cancellationToken)
    {
        if (await FindMineAsync(id, counselorId, languages, cancellationToken) is not { State: BookingStates.Booked } booking)
        {
            return new BookingResult(BookingOutcome.NotFound);
        }
        booking.State = BookingStates.Cancelled;
        booking.ChangedBy = counselorId;
        booking.ChangedAt = clock.GetUtcNow();
        var lawyer = await db.Lawyers.AsNoTracking().FirstAsync(row => row.Id == booking.LawyerId, cancellationToken);
        return await SaveAsync(booking, lawyer, "lawyer.cancel", cancellationToken);
    }

    /// <summary>Booked sessions of the counselor's languages (or their own), from <paramref name="from"/> on, soonest first.</summary>
    public async Task<IReadOnlyList<BookingView>> ListAsync(string counselorId, IReadOnlySet<string> languages, DateTimeOffset from, CancellationToken cancellationToken)
    {
        var rows = await db.Bookings.AsNoTracking()
            .Where(row => row.State == BookingStates.Booked && row.EndsAt >= from && (row.BookedBy == counselorId || languages.Contains(row.Language)))
            .OrderBy(row => row.StartsAt)
            .Join(db.Lawyers, row => row.LawyerId, lawyer => lawyer.Id, (row, lawyer) => new { row, lawyer.Name })
            .Take(200).ToListAsync(cancellationToken);
        return [.. rows.Select(pair => BookingView.Of(pair.row, pair.Name))];
    }

    // A booking the counselor may change: one they made, or one in a language they serve.
    private Task<LawyerBooking?> FindMineAsync(Guid id, string counselorId, IReadOnlySet<string> languages, CancellationToken cancellationToken) =>
        db.Bookings.FirstOrDefaultAsync(row => row.Id == id && (row.BookedBy == counselorId || languages.Contains(row.Language)), cancellationToken);

    private string? Check(Lawyer? lawyer, DateTimeOffset startsAt, string topic)
    {
        if (lawyer is not { Active: true })
        {
            return "No active lawyer has this id.";
        }
        if (!lawyer.Topics.Contains(topic.Trim()))
        {
            return $"{lawyer.Name} does not advise on this topic; their topics: {string.Join(", ", lawyer.Topics)}.";
        }
        if (calendar.Find(lawyer, startsAt) is null)
        {
            return "The time is not one of the lawyer's weekly slots.";
        }
        return startsAt <= clock.GetUtcNow() ? "The slot has begun or passed." : null;
    }

    private async Task<BookingResult> SaveAsync(LawyerBooking booking, Lawyer lawyer, string action, CancellationToken cancellationToken)
    {
        try
        {
            await audit.SaveChangesAsync(db, action, booking.Id.ToString(),
                $"{lawyer.Name} at {calendar.Local(booking.StartsAt):yyyy-MM-dd HH:mm}, {booking.Language}, {booking.Topic}", cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
                                                   || exception is DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new BookingResult(BookingOutcome.Taken, Problem: "The slot was booked meanwhile (or the booking changed): choose another.");
        }
        foreach (var observer in observers)
        {
            await observer.BookingChangedAsync(booking.Id, cancellationToken);
        }
        return new BookingResult(BookingOutcome.Done, BookingView.Of(booking, lawyer.Name));
    }
}
