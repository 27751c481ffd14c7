namespace Ivr.Server.Menus;

/// <summary>Hand the caller to the queue for a language.</summary>
public sealed record QueueStep(string Language) : MenuStep;
