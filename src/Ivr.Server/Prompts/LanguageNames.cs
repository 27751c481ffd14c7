using System.Collections.Concurrent;
using System.Globalization;

namespace Ivr.Server.Prompts;

/// <summary>
/// A language's name in another language ("km" in English is "Khmer", in Korean "크메르어"), from the platform's
/// culture data (ICU), as <see cref="PromptSpeaker.DayName"/> takes day names: no per-language table to keep.
/// </summary>
public static class LanguageNames
{
    private static readonly ConcurrentDictionary<(string Language, string SpokenIn), string?> Names = new();

    /// <summary>The name, or null when the platform has no name for it in that language.</summary>
    public static string? NameOf(string language, string spokenIn) =>
        Names.GetOrAdd((language, spokenIn), key => Lookup(key.Language, key.SpokenIn));

    private static string? Lookup(string language, string spokenIn)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            // ICU answers DisplayName in the current UI culture's language; set it for this lookup only.
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(spokenIn);
            var name = CultureInfo.GetCultureInfo(language).DisplayName;
            // Without culture data (invariant mode) the "name" is the code itself: not a name.
            return string.IsNullOrWhiteSpace(name) || string.Equals(name, language, StringComparison.OrdinalIgnoreCase) ? null : name;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
