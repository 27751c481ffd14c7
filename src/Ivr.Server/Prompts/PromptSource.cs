namespace Ivr.Server.Prompts;

/// <summary>How a prompt reaches the caller in a language, best first.</summary>
public enum PromptSource
{
    Recorded,
    Synthesized,
    TextToSpeech,
    Fallback,
}
