using Ivr.Server.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Lawyers;

/// <summary>
/// The console's list of a day's sessions (a day in the center's time zone): each with its state and parties: the
/// lawyer by name, the interpreting counselor (the one rung, else the one held) by name, the caller only by language
/// and whether they answered; never the caller's number nor the summary. Cancelled sessions are left out.
/// </summary>
public sealed class SessionBoard(LawyersDbContext db, StaffingDbContext staffing, SlotCalendar calendar)
{
    public async Task<IReadOnlyList<SessionBoardRow>> ListAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var from = calendar.At(day, TimeOnly.MinValue);
        var to = calendar.At(day.AddDays(1), TimeOnly.MinValue);
        var rows = await db.Bookings.AsNoTracking()
            .Where(row => row.StartsAt >= from && row.StartsAt < to && row.State != BookingStates.Cancelled)
            .Join(db.Lawyers, row => row.LawyerId, lawyer => lawyer.Id, (row, lawyer) => new { row, lawyer.Name })
            .OrderBy(pair => pair.row.StartsAt).ThenBy(pair => pair.Name).ToListAsync(cancellationToken);
        var counselorIds = rows.Select(pair => pair.row.InterpreterId ?? pair.row.HeldCounselor).OfType<string>().Distinct().ToList();
        var names = await staffing.Counselors.AsNoTracking().Where(counselor => counselorIds.Contains(counselor.Id))
            .ToDictionaryAsync(counselor => counselor.Id, counselor => counselor.DisplayName, cancellationToken);
        return [.. rows.Select(pair => SessionBoardRow.Of(pair.row, pair.Name, names))];
    }
}

/// <summary>A session as the console shows it. <c>Interpreter</c>: the counselor rung to interpret (else the one held, <c>InterpreterHeld</c>).</summary>
public sealed record SessionBoardRow(Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string State, string Language, string Topic, string Lawyer,
    bool NeedsInterpreter, string? InterpreterId, string? Interpreter, bool InterpreterHeld, bool InterpreterJoined, bool LawyerJoined, bool CallerJoined,
    int LawyerAttempts, int CallerAttempts, DateTimeOffset? RetryAt, DateTimeOffset? SessionStartedAt, DateTimeOffset? SessionEndedAt)
{
    public static SessionBoardRow Of(LawyerBooking booking, string lawyer, IReadOnlyDictionary<string, string> counselorNames)
    {
        var interpreterId = booking.InterpreterId ?? booking.HeldCounselor;
        return new(booking.Id, booking.StartsAt, booking.EndsAt, booking.State, booking.Language, booking.Topic, lawyer, booking.NeedsInterpreter,
            interpreterId, interpreterId is null ? null : counselorNames.GetValueOrDefault(interpreterId, interpreterId), booking.InterpreterId is null && interpreterId is not null,
            booking.InterpreterCallSid is not null, booking.LawyerCallSid is not null, booking.CallerJoinedAt is not null,
            booking.LawyerAttempts, booking.CallerAttempts, booking.RetryAt, booking.SessionStartedAt, booking.SessionEndedAt);
    }
}

/// <summary>The sessions of <c>Day</c> (in the center's time zone), soonest first.</summary>
public sealed record SessionBoardDay(DateOnly Day, IReadOnlyList<SessionBoardRow> Sessions);
