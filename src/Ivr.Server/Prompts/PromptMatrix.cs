using Ivr.Server.Hours;

namespace Ivr.Server.Prompts;

/// <summary>
/// The coverage matrix, cell by cell (prompt key × language): the source a caller gets, the audio URL to play when
/// there is audio, and the manifest text (the recording script). Same rules as <see cref="PromptCoverage"/>.
/// </summary>
public static class PromptMatrix
{
    public static IReadOnlyList<PromptCell> Compute(PromptCatalog catalog, IEnumerable<LanguageLine> languages) =>
        [.. languages.SelectMany(language => catalog.Manifest.Keys.Select(key =>
        {
            var fileKey = PromptCoverage.FileKey(key, language);
            var source = catalog.SourceOf(key, fileKey, language);
            var url = source is PromptSource.Recorded or PromptSource.Synthesized ? catalog.Files.Url(source.Value, language.Code, fileKey) : null;
            return new PromptCell(key, language.Code, Name(source), url, catalog.Manifest.Text(key, language.Code));
        }))];

    private static string Name(PromptSource? source) => source switch
    {
        PromptSource.Recorded => "recorded",
        PromptSource.Synthesized => "synthesized",
        PromptSource.TextToSpeech => "tts",
        _ => "missing",
    };
}

/// <summary>One prompt in one language: <c>recorded</c>, <c>synthesized</c>, <c>tts</c> (Twilio's voice only) or <c>missing</c>.</summary>
public sealed record PromptCell(string Key, string Language, string Source, string? AudioUrl, string? Text);
