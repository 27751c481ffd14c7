namespace Ivr.Server.Prompts;

/// <summary>Finds the voice-prompts folder: the configured one, else the nearest one above the content root.</summary>
public static class PromptDirectory
{
    public const string Name = "voice-prompts";
    public const string ManifestFile = "manifest.json";

    public static string Resolve(PromptOptions options, string contentRoot)
    {
        if (options.Directory is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured, contentRoot);
        }
        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, Name);
            if (File.Exists(Path.Combine(candidate, ManifestFile)))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException($"No {Name}/{ManifestFile} above {contentRoot}: set Prompts:Directory.");
    }
}
