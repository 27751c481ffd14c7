namespace Ivr.Server.Menus;

/// <summary>A new menu version to store as a draft.</summary>
public sealed record MenuDraftRequest(MenuDefinition Definition, string? Note);
