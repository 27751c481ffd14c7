namespace Ivr.Server.Lawyers;

/// <summary>Told after a booking was made, moved or cancelled (and saved): the caller's SMS (<see cref="BookingTexts"/>).</summary>
public interface IBookingObserver
{
    Task BookingChangedAsync(Guid bookingId, CancellationToken cancellationToken);
}
