using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Hours;

/// <summary>A language row as operations staff send it.</summary>
public sealed record LanguageUpdate(
    [property: Required, StringLength(40, MinimumLength = 1)] string NativeName,
    [property: Range(1, 99)] int MenuNumber,
    string? SayLanguage,
    string? SayVoice,
    bool Enabled,
    IReadOnlyList<OpeningPeriod> Schedule)
{
    /// <summary>Why the update cannot be stored, or null.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(NativeName) ? "nativeName is required."
        : MenuNumber is < 1 or > 99 ? "menuNumber must be between 1 and 99."
        : Schedule is null ? "schedule is required (may be empty)."
        : Schedule.FirstOrDefault(period => period.Open >= period.Close) is { } bad ? $"schedule: {bad.Day} opens at {bad.Open} but closes at {bad.Close}."
        : null;
}
