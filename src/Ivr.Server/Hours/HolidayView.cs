namespace Ivr.Server.Hours;

/// <summary>A holiday as the API answers it: date, name, and the languages open that day with <c>HH:mm</c> hours.</summary>
public sealed record HolidayView(DateOnly Date, string Name, IReadOnlyDictionary<string, IReadOnlyList<HolidayHours>> OpenLanguages);
