using Ivr.Server.Menus;

namespace Ivr.Server.Configuration;

/// <summary>A new menu version to store as a draft.</summary>
public sealed record MenuDraftRequest(MenuDefinition Definition, string? Note);
