namespace Ivr.Server.Configuration;

/// <summary>
/// Whether the center remembers a caller's language (by the keyed hash of their number) and offers it on their next
/// call, and for how many days after their choice; 0 turns it off: nothing is remembered and nothing is offered.
/// Operations staff set it (<c>PUT /api/ivr/remembered-language</c>); until they do, <see cref="Default"/>.
/// </summary>
public sealed record RememberedLanguageSettings(int Days)
{
    public const int DefaultDays = 30;

    /// <summary>The most a remembered language is kept: a year, then the caller chooses again.</summary>
    public const int MaxDays = 365;

    public static RememberedLanguageSettings Default { get; } = new(DefaultDays);

    public bool Enabled => Days > 0;

    public TimeSpan Lifetime => TimeSpan.FromDays(Days);

    /// <summary>Why <paramref name="days"/> cannot be the setting, or null.</summary>
    public static string? Problem(int days) =>
        days is < 0 or > MaxDays ? $"days must be between 0 (off) and {MaxDays}." : null;
}
