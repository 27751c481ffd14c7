namespace Ivr.Server.Menus;

/// <summary>Why a menu cannot be published, naming the node (or "menu" for menu-wide settings).</summary>
public sealed record MenuValidationError(string Node, string Message)
{
    public override string ToString() => $"node '{Node}': {Message}";
}
