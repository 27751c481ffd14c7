namespace Ivr.Server.Menus;

/// <summary>Emergency closure: the closure message in the caller's language (greeting languages when none chosen), then hang up.</summary>
public sealed record ClosedStep(string? Language, string? Message) : MenuStep;
