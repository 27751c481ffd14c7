namespace Ivr.Server.Hours;

/// <summary>
/// The body of a holiday: its name, and the languages that stay open that day with their hours
/// (<c>{"ko": [{"from": "09:00", "to": "18:00"}]}</c>); a language not listed is closed all day.
/// </summary>
public sealed record HolidayName(string Name, IReadOnlyDictionary<string, IReadOnlyList<HolidayHours>>? OpenLanguages = null);
