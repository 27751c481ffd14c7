using System.Text;
using Ivr.Server.Hours;

namespace Ivr.Server.Prompts;

/// <summary>
/// Per language: how many manifest prompts are recorded, synthesized, Twilio text-to-speech only, or missing
/// (no audio and no voice: the caller hears the fallback language, and the prompt needs a recording).
/// Prompts with values count the audio made for the default values (e.g. language-offer@3). With the closure, a
/// language without its own closure message (once staff wrote one) lists <c>closure-message</c>.
/// </summary>
public static class PromptCoverage
{
    public static IReadOnlyList<PromptCoverageRow> Compute(
        PromptCatalog catalog, IEnumerable<LanguageLine> languages, Closure? closure = null, string defaultLanguage = "ko") =>
        [.. languages.Select(language =>
        {
            var sources = catalog.Manifest.Keys
                .Select(key => (Key: key, Source: catalog.SourceOf(key, FileKey(key, language), language)))
                .ToList();
            return new PromptCoverageRow(
                language.Code,
                language.NativeName,
                sources.Count(item => item.Source == PromptSource.Recorded),
                sources.Count(item => item.Source == PromptSource.Synthesized),
                sources.Count(item => item.Source == PromptSource.TextToSpeech),
                sources.Count(item => item.Source is null),
                [.. sources.Where(item => item.Source is null).Select(item => item.Key)],
                closure is { HasMessages: true } && !ClosureMessages.IsSpoken(closure, language, defaultLanguage) ? [ClosureMessages.Key] : []);
        })];

    public static string ToMarkdown(IReadOnlyList<PromptCoverageRow> rows)
    {
        var messages = rows.Any(row => row.MessagesFallingBack.Count > 0);
        var text = new StringBuilder()
            .AppendLine("| Language | Name | Recorded | Synthesized | TTS only | Missing (needs recording; fallback plays) |" + (messages ? " Staff messages heard in the fallback |" : ""))
            .AppendLine("|---|---|---:|---:|---:|---|" + (messages ? "---|" : ""));
        foreach (var row in rows)
        {
            var missing = row.Missing == 0 ? "0" : $"{row.Missing}: {string.Join(", ", row.NeedsRecording)}";
            var fallingBack = messages ? $" {string.Join(", ", row.MessagesFallingBack)} |" : "";
            text.AppendLine($"| {row.Language} | {row.NativeName} | {row.Recorded} | {row.Synthesized} | {row.TextToSpeechOnly} | {missing} |{fallingBack}");
        }
        return text.ToString();
    }

    internal static string FileKey(string key, LanguageLine language) =>
        key == Menus.PromptKeys.LanguageOffer ? PromptCatalog.FileKey(PromptSpeaker.LanguageOffer(language)) : key;
}
