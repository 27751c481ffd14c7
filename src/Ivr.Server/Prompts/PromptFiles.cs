using System.Collections.Concurrent;

namespace Ivr.Server.Prompts;

/// <summary>
/// The audio files on disk, indexed once at start (and on upload) so the call path never touches the disk:
/// <c>recorded/{language}/{key}.wav</c> (people) and <c>audio/{language}/{key}.wav</c> (espeak-ng).
/// </summary>
public sealed class PromptFiles
{
    public const string RecordedUrl = "/prompts/recorded";
    public const string SynthesizedUrl = "/prompts/audio";
    public const string Extension = ".wav";

    private readonly ConcurrentDictionary<(PromptSource, string, string), bool> present = new();

    public PromptFiles(string recordedDirectory, string synthesizedDirectory)
    {
        RecordedDirectory = recordedDirectory;
        SynthesizedDirectory = synthesizedDirectory;
        Index(PromptSource.Recorded, recordedDirectory);
        Index(PromptSource.Synthesized, synthesizedDirectory);
    }

    public string RecordedDirectory { get; }

    public string SynthesizedDirectory { get; }

    public bool Has(PromptSource source, string language, string fileKey) => present.ContainsKey((source, language, fileKey));

    public string Url(PromptSource source, string language, string fileKey) =>
        $"{(source == PromptSource.Recorded ? RecordedUrl : SynthesizedUrl)}/{language}/{Uri.EscapeDataString(fileKey)}{Extension}";

    public async Task SaveRecordingAsync(string language, string key, Stream audio, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(RecordedDirectory, language);
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{key}.{Guid.NewGuid():N}.tmp");
        await using (var file = File.Create(temporary))
        {
            await audio.CopyToAsync(file, cancellationToken);
        }
        File.Move(temporary, Path.Combine(folder, key + Extension), overwrite: true);
        present[(PromptSource.Recorded, language, key)] = true;
    }

    private void Index(PromptSource source, string root)
    {
        if (!Directory.Exists(root))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(root, "*" + Extension, SearchOption.AllDirectories))
        {
            var language = Path.GetFileName(Path.GetDirectoryName(file))!;
            present[(source, language, Path.GetFileNameWithoutExtension(file))] = true;
        }
    }
}
