namespace Ivr.Server.Menus;

/// <summary>
/// The language is closed: say when it opens (local time), offer an open language, and ask again at <see cref="ReturnTo"/>.
/// <see cref="Holiday"/>: closed because today is a holiday (the language is not open that day, or not at this hour).
/// </summary>
public sealed record AfterHoursStep(string Language, DateTime? NextOpening, string? OpenAlternative, MenuNode ReturnTo, bool Holiday = false) : MenuStep;
