namespace Ivr.Server.Lawyers;

public enum BookingOutcome
{
    Done,
    NotFound,
    /// <summary>The call is not the counselor's own.</summary>
    NotOwnCall,
    /// <summary>The request does not fit the lawyer (not a slot of theirs, past, inactive, topic they do not advise on), or the caller has no callable number.</summary>
    Invalid,
    /// <summary>The slot is booked already, or the booking changed meanwhile.</summary>
    Taken,
    /// <summary>Twilio could not tell the caller's number now.</summary>
    TwilioUnavailable,
}

public sealed record BookingResult(BookingOutcome Outcome, BookingView? Booking = null, string? Problem = null)
{
    public static BookingResult Invalid(string problem) => new(BookingOutcome.Invalid, Problem: problem);
}
