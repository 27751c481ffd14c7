namespace Ivr.Server.Hours;

/// <summary>Switches the emergency closure on or off, with an optional message said after the closure prompt.</summary>
public sealed record ClosureUpdate(bool Active, string? Message);
