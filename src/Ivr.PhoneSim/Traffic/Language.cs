namespace Ivr.PhoneSim.Traffic;

/// <summary>A menu language: its keypad number (pressed followed by *), code, and share of callers (relative weight).</summary>
public sealed record Language(int Number, string Code, double Weight);
