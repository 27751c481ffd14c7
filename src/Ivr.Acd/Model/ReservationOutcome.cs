namespace Ivr.Acd.Model;

public enum ReservationOutcome
{
    Accepted,
    Rejected,
    NoAnswer,

    /// <summary>The reservation no longer exists (caller hung up, deadline passed, or already answered).</summary>
    Gone,
}
