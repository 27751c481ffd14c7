using Ivr.Server.Menus;

namespace Ivr.Server.Configuration;

/// <summary>The stored draft and what would stop it from being published.</summary>
public sealed record MenuDraftResponse(MenuVersionSummary Version, IReadOnlyList<MenuValidationError> Errors);
