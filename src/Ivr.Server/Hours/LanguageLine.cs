namespace Ivr.Server.Hours;

/// <summary>
/// A language the center serves: chosen by <see cref="MenuNumber"/> followed by <c>*</c>, spoken by Twilio's
/// <c>&lt;Say&gt;</c> when <see cref="SayLanguage"/> is set, open in the weekly <see cref="Schedule"/>.
/// </summary>
public sealed record LanguageLine(
    string Code,
    string NativeName,
    int MenuNumber,
    string? SayLanguage,
    string? SayVoice,
    bool Enabled,
    IReadOnlyList<OpeningPeriod> Schedule);
