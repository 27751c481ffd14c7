namespace Ivr.Server.Hours;

/// <summary>A language's opening on a holiday as the API carries it: <c>HH:mm</c> times, <see cref="To"/> exclusive.</summary>
public sealed record HolidayHours(string From, string To);
