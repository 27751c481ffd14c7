namespace Ivr.Server.Prompts;

/// <summary>
/// How one language's prompts reach callers: counts per source, the keys that need a recording, and the messages
/// staff wrote (<c>closure-message</c>) that this language hears in its fallback: none written in it, or no voice.
/// </summary>
public sealed record PromptCoverageRow(
    string Language, string NativeName, int Recorded, int Synthesized, int TextToSpeechOnly, int Missing, IReadOnlyList<string> NeedsRecording,
    IReadOnlyList<string> MessagesFallingBack);
