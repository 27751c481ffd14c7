namespace Ivr.PhoneSim.Parties;

/// <summary>What a party heard at a Gather (the nested prompts) and which Gather of its call it is (0-based).</summary>
public sealed record GatherPrompt(int Index, IReadOnlyList<string> Heard, int? NumDigits, string FinishOnKey, Uri? DocumentUrl);
