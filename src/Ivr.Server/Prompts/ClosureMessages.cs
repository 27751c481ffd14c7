using Ivr.Server.Hours;
using Ivr.Server.Menus;

namespace Ivr.Server.Prompts;

/// <summary>
/// How the closure message staff wrote is heard in a language: their text in that language by Twilio's
/// <c>&lt;Say&gt;</c> in its voice, else the fallback language's text as prompts fall back (the menu's fallbacks,
/// two steps at most), else the default language's or English text. Null when staff wrote none.
/// </summary>
public static class ClosureMessages
{
    /// <summary>The coverage report's name for the closure message.</summary>
    public const string Key = "closure-message";

    public static PromptRendering? Render(Closure closure, string language, MenuDefinition menu, HoursDirectory hours) =>
        closure.HasMessages ? Render(closure, language, menu, hours, depth: 0) : null;

    /// <summary>Whether a caller of <paramref name="language"/> hears the message in their own language.</summary>
    public static bool IsSpoken(Closure closure, LanguageLine language, string defaultLanguage) =>
        language.SayLanguage is not null && closure.MessageIn(language.Code, defaultLanguage) is not null;

    private static PromptRendering? Render(Closure closure, string language, MenuDefinition menu, HoursDirectory hours, int depth)
    {
        if (hours.Find(language) is { } line && IsSpoken(closure, line, menu.DefaultLanguage))
        {
            return new PromptRendering(PromptSource.TextToSpeech, null, closure.MessageIn(language, menu.DefaultLanguage), line.SayLanguage, line.SayVoice);
        }
        var fallback = menu.FallbackFor(language);
        if (depth < 2 && fallback != language)
        {
            return Render(closure, fallback, menu, hours, depth + 1) is { } rendering ? rendering with { Source = PromptSource.Fallback } : null;
        }
        // Last resort: any text that can be said, so a caller never misses that the center is closed and why.
        return new[] { menu.DefaultLanguage, "en" }.Concat(closure.Messages?.Keys ?? [])
            .Select(hours.Find).OfType<LanguageLine>()
            .Where(candidate => IsSpoken(closure, candidate, menu.DefaultLanguage))
            .Select(candidate => new PromptRendering(PromptSource.Fallback, null, closure.MessageIn(candidate.Code, menu.DefaultLanguage), candidate.SayLanguage, candidate.SayVoice))
            .FirstOrDefault();
    }
}
