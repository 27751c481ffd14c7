namespace Ivr.Server.Menus;

/// <summary>The interpreter's answer: what to play, where the caller now is, and what happened.</summary>
public sealed record MenuTransition(MenuStep Step, MenuPosition Position, IReadOnlyList<MenuHappening> Happenings);
