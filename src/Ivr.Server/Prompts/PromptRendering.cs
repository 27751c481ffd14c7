namespace Ivr.Server.Prompts;

/// <summary>One piece of audio for TwiML: a file to <c>&lt;Play&gt;</c> (relative URL) or text to <c>&lt;Say&gt;</c>.</summary>
public sealed record PromptRendering(PromptSource Source, string? AudioPath, string? Text, string? SayLanguage, string? SayVoice);
