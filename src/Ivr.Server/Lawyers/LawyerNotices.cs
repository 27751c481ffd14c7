using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Lawyers;

/// <summary>
/// The lawyer's SMS, in Korean, at the number on the roster (through <see cref="SessionSms"/>): the confirmation when a
/// session is booked with them (or moved to them, or to a new time), the cancellation when a session they were told of
/// is cancelled or moved away from them (or from that time). What the lawyer was last told is kept on the booking
/// (<c>lawyer_told_id</c>, <c>lawyer_told_starts_at</c>); each text is claimed first by changing it where it is still what
/// was read (a state transition in PostgreSQL: one instance sends), and given back when Twilio refused or could not be
/// reached, so the SMS job (<see cref="BookingTextsJob"/>) sends it later.
/// </summary>
public sealed partial class LawyerNotices(IServiceScopeFactory scopes, SessionSms sms, SlotCalendar calendar, TimeProvider clock, ILogger<LawyerNotices> logger)
    : IBookingObserver
{
    public const string ConfirmationKind = "lawyer-confirm";
    public const string CancellationKind = "lawyer-cancel";

    /// <summary>The kinds of the lawyer's texts, as <c>lawyers.messages</c> and the status callback name them.</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { ConfirmationKind, CancellationKind };

    /// <summary>The confirmation, for a session at <paramref name="localStart"/> (Seoul) in <paramref name="language"/> on <paramref name="topic"/>.</summary>
    public static string Confirmation(DateTimeOffset localStart, string language, string topic, bool interpreted) =>
        $"[1345] 외국인 마을변호사 상담이 {Time(localStart)}(한국 시간)에 예약되었습니다. 언어: {language}{(interpreted ? " (상담사 통역)" : "")}, 분야: {topic}. 그 시간에 이 번호로 전화드립니다.";

    /// <summary>The cancellation of the session at <paramref name="localStart"/> (Seoul).</summary>
    public static string Cancellation(DateTimeOffset localStart) =>
        $"[1345] {Time(localStart)}(한국 시간) 외국인 마을변호사 상담 예약이 취소되었습니다. 그 시간에는 전화드리지 않습니다.";

    private static string Time(DateTimeOffset localStart) => localStart.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sends what the change calls for; a failure is logged, never the booking's: the job sends what is still owed.</summary>
    public async Task BookingChangedAsync(Guid bookingId, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
            if (await db.Bookings.AsNoTracking().FirstOrDefaultAsync(row => row.Id == bookingId, cancellationToken) is { } booking)
            {
                await TellAsync(db, booking, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogTellFailed(bookingId, exception.Message);
        }
    }

    /// <summary>One pass of the SMS job: the lawyers' texts still owed (Twilio failed before).</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LawyersDbContext>();
        var now = clock.GetUtcNow();
        var sent = 0;
        foreach (var booking in await db.Bookings.AsNoTracking().Where(row =>
                         (row.State == BookingStates.Cancelled && row.LawyerToldId != null)
                         || (row.State == BookingStates.Booked && row.StartsAt > now && (row.LawyerToldId != row.LawyerId || row.LawyerToldStartsAt != row.StartsAt)))
                     .ToListAsync(cancellationToken))
        {
            sent += await TellAsync(db, booking, cancellationToken);
        }
        return sent;
    }

    // The cancellation of what the lawyer was told first (if it no longer holds), then the confirmation of what holds now.
    private async Task<int> TellAsync(LawyersDbContext db, LawyerBooking booking, CancellationToken cancellationToken)
    {
        var holds = booking.State == BookingStates.Booked && booking.StartsAt > clock.GetUtcNow();
        var sent = 0;
        if (booking.LawyerToldId is { } toldId && booking.LawyerToldStartsAt is { } toldAt && !(holds && toldId == booking.LawyerId && toldAt == booking.StartsAt))
        {
            if (!await SendClaimedAsync(db, booking.Id, toldId, toldAt, null, null, CancellationKind, Cancellation(calendar.Local(toldAt)), cancellationToken))
            {
                return sent; // the cancellation first: the confirmation waits for the job
            }
            sent++;
        }
        if (holds && !(booking.LawyerToldId == booking.LawyerId && booking.LawyerToldStartsAt == booking.StartsAt)
            && await SendClaimedAsync(db, booking.Id, null, null, booking.LawyerId, booking.StartsAt, ConfirmationKind,
                Confirmation(calendar.Local(booking.StartsAt), booking.Language, booking.Topic, booking.NeedsInterpreter), cancellationToken))
        {
            sent++;
        }
        return sent;
    }

    // Claims the change of what the lawyer was told (from, to) where it is still `from`, sends to the lawyer told in `from`'s place (the
    // cancellation) or `to`'s (the confirmation), and gives the claim back when the text could not be sent.
    private async Task<bool> SendClaimedAsync(LawyersDbContext db, Guid id, Guid? fromId, DateTimeOffset? fromAt, Guid? toId, DateTimeOffset? toAt, string kind, string body,
        CancellationToken cancellationToken)
    {
        if (await Told(db, id, fromId, fromAt).ExecuteUpdateAsync(set => set.SetProperty(row => row.LawyerToldId, toId).SetProperty(row => row.LawyerToldStartsAt, toAt),
                cancellationToken) != 1)
        {
            return false; // told already, or being told by another instance
        }
        var lawyerId = (toId ?? fromId)!.Value;
        var phone = await db.Lawyers.AsNoTracking().Where(row => row.Id == lawyerId).Select(row => row.Phone).SingleAsync(cancellationToken);
        if (await sms.SendAsync(id, kind, phone, body, cancellationToken))
        {
            return true;
        }
        await Told(db, id, toId, toAt).ExecuteUpdateAsync(set => set.SetProperty(row => row.LawyerToldId, fromId).SetProperty(row => row.LawyerToldStartsAt, fromAt),
            cancellationToken);
        return false;
    }

    private static IQueryable<LawyerBooking> Told(LawyersDbContext db, Guid id, Guid? toldId, DateTimeOffset? toldAt) =>
        db.Bookings.Where(row => row.Id == id && row.LawyerToldId == toldId && row.LawyerToldStartsAt == toldAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The lawyer's SMS for session {Booking} failed ({Reason}); the SMS job sends what is still owed")]
    private partial void LogTellFailed(Guid booking, string reason);
}
