namespace Ivr.Server.Lawyers;

/// <summary>A booking as the softphone shows it: never the caller's number, nor the sealed summary.</summary>
public sealed record BookingView(Guid Id, Guid LawyerId, string LawyerName, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Language, string Topic,
    bool NeedsInterpreter, string CallSid, string BookedBy, string State, bool Confirmed)
{
    public static BookingView Of(LawyerBooking booking, string lawyerName) => new(booking.Id, booking.LawyerId, lawyerName, booking.StartsAt, booking.EndsAt,
        booking.Language, booking.Topic, booking.NeedsInterpreter, booking.CallSid, booking.BookedBy, booking.State, booking.ConfirmedAt is not null);
}
