namespace Ivr.Acd.Routing;

/// <summary>
/// A caller who accepted it may be served in <paramref name="ToLanguage"/> (by a counselor at
/// <paramref name="MinimumLevel"/> or better) once they have waited <paramref name="After"/>.
/// </summary>
public sealed record OverflowRule(string ToLanguage, TimeSpan After, int MinimumLevel = 1);
