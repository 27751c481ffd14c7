namespace Ivr.Server.Lawyers;

/// <summary>One weekly availability of a lawyer: a session may start at <see cref="Start"/> on <see cref="Day"/>, in the center's time zone.</summary>
public sealed record LawyerSlot(DayOfWeek Day, TimeOnly Start, TimeOnly End);
