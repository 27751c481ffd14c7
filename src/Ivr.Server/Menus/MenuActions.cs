namespace Ivr.Server.Menus;

/// <summary>What a key (or the default) does: go to a node, play the node again, queue for a counselor, hang up.</summary>
public static class MenuActions
{
    public const string NodePrefix = "node:";
    public const string Repeat = "repeat";
    public const string Queue = "queue";
    public const string Hangup = "hangup";

    // Hold-loop actions (MenuDefinition.HoldOptions).
    public const string Hours = "hours";
    public const string Leave = "leave";

    public static string Node(string id) => NodePrefix + id;

    public static string? TargetNode(string action) =>
        action.StartsWith(NodePrefix, StringComparison.Ordinal) ? action[NodePrefix.Length..] : null;

    public static bool IsKnown(string action) =>
        TargetNode(action) is not null || action is Repeat or Queue or Hangup;
}
