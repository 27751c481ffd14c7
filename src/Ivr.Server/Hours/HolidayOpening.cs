namespace Ivr.Server.Hours;

/// <summary>One opening of a language on a holiday, in the contact center's time zone; <see cref="To"/> is exclusive.</summary>
public sealed record HolidayOpening(TimeOnly From, TimeOnly To)
{
    public bool Contains(TimeOnly time) => time >= From && time < To;
}
