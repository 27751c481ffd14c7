namespace Ivr.Server.Menus;

/// <summary>Say goodbye in the language and hang up.</summary>
public sealed record HangupStep(string Language) : MenuStep;
