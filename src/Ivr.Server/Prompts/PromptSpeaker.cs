using System.Globalization;
using Ivr.Server.Hours;
using Ivr.Server.Menus;
using Twilio.TwiML;
using Twilio.TwiML.Voice;

namespace Ivr.Server.Prompts;

/// <summary>Turns prompts into <c>&lt;Play&gt;</c> and <c>&lt;Say&gt;</c> verbs, expanding the keys that stand for several.</summary>
public sealed class PromptSpeaker(PromptCatalog catalog)
{
    public void Speak(TwiML target, PromptRef prompt, string language, MenuDefinition menu, HoursDirectory hours)
    {
        if (prompt.Key == PromptKeys.LanguageOffers)
        {
            foreach (var line in hours.Enabled)
            {
                SpeakNamingItself(target, LanguageOffer(line), PromptKeys.LanguageOfferNamed, line, menu, hours);
            }
            return;
        }
        if (prompt.Key == PromptKeys.Hours && prompt.Arguments is null && hours.Find(language) is { } spoken)
        {
            prompt = HoursOf(spoken, spoken);
        }
        Append(target, catalog.Render(prompt, language, menu, hours));
    }

    /// <summary>
    /// A prompt that names the language it is said in ("For English, press 2"), in that language. A language that cannot
    /// say it hears <paramref name="namedKey"/> in its fallback language, naming it: its own prompt spoken there would
    /// name the fallback ("For English, press 12" for Khmer).
    /// </summary>
    public void SpeakNamingItself(TwiML target, PromptRef own, string namedKey, LanguageLine line, MenuDefinition menu, HoursDirectory hours)
    {
        var rendering = catalog.Render(own, line.Code, menu, hours);
        Append(target, rendering.Source == PromptSource.Fallback
            ? catalog.Render(Named(own, namedKey, line, menu.FallbackFor(line.Code)), line.Code, menu, hours)
            : rendering);
    }

    /// <summary>
    /// The closure prompt and the message staff wrote, in each of <paramref name="languages"/> in turn. What was said
    /// already is not said again: a language that falls back (no voice, or no message of its own) adds only what is new.
    /// </summary>
    public void SpeakClosure(TwiML target, Closure closure, IEnumerable<string> languages, MenuDefinition menu, HoursDirectory hours)
    {
        var said = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var prompt = catalog.Render(PromptKeys.Closure, language, menu, hours);
            foreach (var part in ClosureMessages.Render(closure, language, menu, hours) is { } message ? [prompt, message] : new[] { prompt })
            {
                if (said.Add(part.AudioPath ?? $"{part.SayLanguage}|{part.Text}"))
                {
                    Append(target, part);
                }
            }
        }
    }

    public static PromptRef LanguageOffer(LanguageLine line) =>
        new(PromptKeys.LanguageOffer, new Dictionary<string, string> { ["number"] = line.MenuNumber.ToString(CultureInfo.InvariantCulture) });

    /// <summary>
    /// <paramref name="namedKey"/> with the values of <paramref name="own"/> and the name of <paramref name="line"/> in
    /// <paramref name="spokenIn"/> ({language}): "For Khmer, press 12 and then star".
    /// </summary>
    public static PromptRef Named(PromptRef own, string namedKey, LanguageLine line, string spokenIn) =>
        new(namedKey, new Dictionary<string, string>(own.Arguments ?? new Dictionary<string, string>())
        {
            ["language"] = LanguageNames.NameOf(line.Code, spokenIn) ?? line.NativeName,
        });

    /// <summary>The hours prompt about <paramref name="about"/>, with its first weekday opening.</summary>
    public static PromptRef HoursOf(LanguageLine about, LanguageLine spoken)
    {
        var period = about.Schedule.OrderBy(period => period.Day == DayOfWeek.Sunday ? 7 : (int)period.Day).FirstOrDefault();
        return new PromptRef(PromptKeys.Hours, new Dictionary<string, string>
        {
            ["language"] = about.NativeName,
            ["open"] = period?.Open.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "-",
            ["close"] = period?.Close.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "-",
        });
    }

    /// <summary>A day name in the language, from the platform's culture data; English when it has none.</summary>
    public static string DayName(DayOfWeek day, string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language).DateTimeFormat.GetDayName(day);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(day);
        }
    }

    private static void Append(TwiML target, PromptRendering rendering)
    {
        if (rendering.AudioPath is { } path)
        {
            target.Append(new Play(new Uri(path, UriKind.Relative)));
        }
        else
        {
            var say = new Say(rendering.Text ?? "");
            // Twilio's enum wrappers do not take null: set only what the language has.
            if (rendering.SayVoice is { } voice)
            {
                say.Voice = voice;
            }
            if (rendering.SayLanguage is { } language)
            {
                say.Language = language;
            }
            target.Append(say);
        }
    }
}
