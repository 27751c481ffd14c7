namespace Ivr.Server.Hours;

/// <summary>The body of a holiday: its name.</summary>
public sealed record HolidayName(string Name);
