using Ivr.Server.Prompts;

namespace Ivr.Server.Tests.Prompts;

/// <summary>The repository's prompt manifest, and private prompt folders for tests that need known audio files.</summary>
public static class TestPrompts
{
    public static string RepositoryFolder { get; } = PromptDirectory.Resolve(new PromptOptions(), AppContext.BaseDirectory);

    public static PromptManifest Manifest { get; } = PromptManifest.Load(Path.Combine(RepositoryFolder, PromptDirectory.ManifestFile));

    /// <summary>A fresh folder with the manifest and no audio (so every language renders through Say or its fallback).</summary>
    public static string CreateFolder(params string[] synthesizedFiles)
    {
        var folder = Path.Combine(Path.GetTempPath(), "ivr-prompts-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(RepositoryFolder, PromptDirectory.ManifestFile), Path.Combine(folder, PromptDirectory.ManifestFile));
        foreach (var file in synthesizedFiles)
        {
            var path = Path.Combine(folder, "audio", file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, Wave);
        }
        return folder;
    }

    /// <summary>A tiny 8 kHz mono mu-law WAV (what Twilio plays): kept as it is by the upload, and served.</summary>
    public static byte[] Wave { get; } = [.. "RIFF"u8, 44, 0, 0, 0, .. "WAVE"u8, .. "fmt "u8, 16, 0, 0, 0, 7, 0, 1, 0, 64, 31, 0, 0, 64, 31, 0, 0, 1, 0, 8, 0, .. "data"u8, 8, 0, 0, 0, 0xFF, 0x7F, 0xFF, 0x7F, 0xFF, 0x7F, 0xFF, 0x7F];
}
