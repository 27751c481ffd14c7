using System.Text.Json;
using Ivr.Server.Menus;

namespace Ivr.Server.Prompts;

/// <summary>
/// <c>voice-prompts/manifest.json</c>: every prompt key with its text in every language (the <c>&lt;Say&gt;</c>
/// text and the recording script), and which prompts still need a human recording.
/// </summary>
public sealed class PromptManifest(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> texts) : IPromptTexts
{
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Texts { get; } = texts;

    public IEnumerable<string> Keys => Texts.Keys;

    public bool IsKnown(string key) => Texts.ContainsKey(key);

    public bool HasText(string key, string language) => Text(key, language) is not null;

    public string? Text(string key, string language) =>
        Texts.TryGetValue(key, out var byLanguage) && byLanguage.TryGetValue(language, out var text) && text.Length > 0 ? text : null;

    public static PromptManifest Load(string path)
    {
        using var stream = File.OpenRead(path);
        var document = JsonSerializer.Deserialize<ManifestDocument>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidDataException($"{path} is empty.");
        return new PromptManifest(document.Prompts.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyDictionary<string, string>)pair.Value,
            StringComparer.Ordinal));
    }

    private sealed record ManifestDocument(Dictionary<string, Dictionary<string, string>> Prompts);
}
