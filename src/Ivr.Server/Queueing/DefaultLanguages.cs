namespace Ivr.Server.Queueing;

/// <summary>The 20 languages of the 1345 center, in keypad order (1* Korean, 2* English, ...).</summary>
public static class DefaultLanguages
{
    public static readonly IReadOnlyList<string> Codes =
    [
        "ko", "en", "zh", "vi", "th", "ja", "mn", "id", "fr", "bn",
        "ur", "ru", "ne", "km", "my", "tl", "si", "ar", "uz", "kk",
    ];
}
