namespace Ivr.Server.Menus;

/// <summary>Where a caller is in the menu: node, attempts used there, chosen language (null until chosen).</summary>
public sealed record MenuPosition(string Node, int Retries, string? Language);
