namespace Ivr.Server.Prompts;

/// <summary>How one language's prompts reach callers: counts per source, and the keys that need a recording.</summary>
public sealed record PromptCoverageRow(
    string Language, string NativeName, int Recorded, int Synthesized, int TextToSpeechOnly, int Missing, IReadOnlyList<string> NeedsRecording);
