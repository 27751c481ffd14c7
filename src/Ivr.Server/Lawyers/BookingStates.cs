namespace Ivr.Server.Lawyers;

/// <summary>A booking is <see cref="Booked"/> (it holds its slot) until it is <see cref="Cancelled"/>.</summary>
public static class BookingStates
{
    public const string Booked = "booked";
    public const string Cancelled = "cancelled";
}
