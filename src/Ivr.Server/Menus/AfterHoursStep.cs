namespace Ivr.Server.Menus;

/// <summary>The language is closed: say when it opens (local time), offer an open language, and ask again at <see cref="ReturnTo"/>.</summary>
public sealed record AfterHoursStep(string Language, DateTime? NextOpening, string? OpenAlternative, MenuNode ReturnTo) : MenuStep;
