namespace Ivr.Server.Prompts;

/// <summary>The <c>Prompts</c> section: where the manifest, synthesized audio and recordings live.</summary>
public sealed class PromptOptions
{
    public const string Section = "Prompts";

    /// <summary>The voice-prompts folder; found by walking up from the content root when unset.</summary>
    public string? Directory { get; set; }

    /// <summary>Where uploaded recordings are kept; <c>{Directory}/recorded</c> when unset.</summary>
    public string? RecordingsDirectory { get; set; }

    /// <summary>Seconds Twilio and proxies may cache prompt audio.</summary>
    public int CacheSeconds { get; set; } = 3600;
}
