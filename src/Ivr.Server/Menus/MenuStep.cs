namespace Ivr.Server.Menus;

/// <summary>What the caller gets next; the TwiML writer renders each kind.</summary>
public abstract record MenuStep;
