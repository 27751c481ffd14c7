using Ivr.Server.Hours;
using Ivr.Server.Menus;

namespace Ivr.Server.Prompts;

/// <summary>
/// Decides how a prompt is heard in a language: a recording, else synthesized audio, else Twilio's
/// <c>&lt;Say&gt;</c> in that language's voice, else the fallback language the menu names.
/// Prompts with values ({position}) have audio only for the values a file was made for (<c>key@values</c>).
/// </summary>
public sealed class PromptCatalog(PromptManifest manifest, PromptFiles files)
{
    public PromptManifest Manifest { get; } = manifest;

    public PromptFiles Files { get; } = files;

    public PromptRendering Render(PromptRef prompt, string language, MenuDefinition menu, HoursDirectory hours) =>
        Render(prompt, language, menu, hours, depth: 0);

    public static string FileKey(PromptRef prompt) =>
        prompt.Arguments is { Count: > 0 } arguments
            ? $"{prompt.Key}@{string.Join('-', arguments.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value))}"
            : prompt.Key;

    /// <summary>The best source available for a prompt in a language, ignoring fallbacks (for coverage).</summary>
    public PromptSource? SourceOf(string key, string fileKey, LanguageLine language)
    {
        if (Files.Has(PromptSource.Recorded, language.Code, fileKey))
        {
            return PromptSource.Recorded;
        }
        if (Files.Has(PromptSource.Synthesized, language.Code, fileKey))
        {
            return PromptSource.Synthesized;
        }
        return language.SayLanguage is not null && Manifest.HasText(key, language.Code) ? PromptSource.TextToSpeech : null;
    }

    private PromptRendering Render(PromptRef prompt, string language, MenuDefinition menu, HoursDirectory hours, int depth)
    {
        var fileKey = FileKey(prompt);
        var line = hours.Find(language);
        var source = line is null ? null : SourceOf(prompt.Key, fileKey, line);
        switch (source)
        {
            case PromptSource.Recorded or PromptSource.Synthesized:
                return new PromptRendering(source.Value, Files.Url(source.Value, language, fileKey), null, null, null);
            case PromptSource.TextToSpeech:
                return new PromptRendering(PromptSource.TextToSpeech, null, Format(Manifest.Text(prompt.Key, language)!, prompt), line!.SayLanguage, line.SayVoice);
        }
        var fallback = menu.FallbackFor(language);
        if (depth < 2 && fallback != language)
        {
            return Render(prompt, fallback, menu, hours, depth + 1) with { Source = PromptSource.Fallback };
        }
        // Last resort: English text in Twilio's default English voice, so the caller never hears silence.
        var text = Manifest.Text(prompt.Key, "en") ?? prompt.Key;
        return new PromptRendering(PromptSource.Fallback, null, Format(text, prompt), "en-US", null);
    }

    private static string Format(string text, PromptRef prompt)
    {
        if (prompt.Arguments is null)
        {
            return text;
        }
        foreach (var (name, value) in prompt.Arguments)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }
        return text;
    }
}
