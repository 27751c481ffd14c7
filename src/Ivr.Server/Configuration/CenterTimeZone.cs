namespace Ivr.Server.Configuration;

/// <summary>The time zone opening hours and holidays are written in (<c>Ivr:TimeZone</c>).</summary>
public sealed record CenterTimeZone(TimeZoneInfo Zone);
