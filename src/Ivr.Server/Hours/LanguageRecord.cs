namespace Ivr.Server.Hours;

/// <summary>A language row as stored; <see cref="Schedule"/> is the weekly opening periods as JSON (jsonb).</summary>
public sealed class LanguageRecord
{
    public required string Code { get; set; }

    public required string NativeName { get; set; }

    public int MenuNumber { get; set; }

    public string? SayLanguage { get; set; }

    public string? SayVoice { get; set; }

    public bool Enabled { get; set; }

    public required string Schedule { get; set; }
}
