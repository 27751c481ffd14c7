namespace Ivr.Acd.Routing;

/// <summary>From <paramref name="After"/> of waiting on, a counselor needs at least <paramref name="MinimumLevel"/> (1-5).</summary>
public sealed record ProficiencyStep(TimeSpan After, int MinimumLevel);
