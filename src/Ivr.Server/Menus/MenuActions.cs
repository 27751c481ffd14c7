namespace Ivr.Server.Menus;

/// <summary>
/// What a key (or the default) does: go to a node, play the node again, queue for a counselor, hang up; and on hold:
/// hear the hours, leave the line, leave a message, or tag the waiting caller (<c>tag:victim-support</c>: the ACD
/// treats them as if they had joined with it, and they hear the prompt <c>tagged-victim-support</c>). After hours,
/// only <see cref="Message"/>.
/// </summary>
public static class MenuActions
{
    public const string NodePrefix = "node:";
    public const string Repeat = "repeat";
    public const string Queue = "queue";
    public const string Hangup = "hangup";

    // Hold-loop actions (MenuDefinition.HoldOptions).
    public const string Hours = "hours";
    public const string Leave = "leave";
    public const string TagPrefix = "tag:";

    /// <summary>Offered only while the caller's expected wait is long: be called back instead, keeping the place in line.</summary>
    public const string Callback = "callback";

    /// <summary>Offered only once the caller waited their language's maximum wait and it offers another language: accept it, keeping the place.</summary>
    public const string Overflow = "overflow";

    /// <summary>On hold or after hours: leave the line and record a message, which becomes a follow-up task.</summary>
    public const string Message = "message";

    public static string Node(string id) => NodePrefix + id;

    public static string? TargetNode(string action) =>
        action.StartsWith(NodePrefix, StringComparison.Ordinal) ? action[NodePrefix.Length..] : null;

    public static string Tag(string tag) => TagPrefix + tag;

    public static string? TargetTag(string action) =>
        action.StartsWith(TagPrefix, StringComparison.Ordinal) ? action[TagPrefix.Length..] : null;

    public static bool IsKnownOnHold(string action) => action is Hours or Leave or Callback or Message or Overflow || TargetTag(action) is not null;

    public static bool IsKnownAfterHours(string action) => action is Message;

    public static bool IsKnown(string action) =>
        TargetNode(action) is not null || action is Repeat or Queue or Hangup;
}
