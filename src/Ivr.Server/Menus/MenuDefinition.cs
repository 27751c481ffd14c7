namespace Ivr.Server.Menus;

/// <summary>
/// A whole menu as data. Published versions never change; a call keeps the version it started with.
/// Before a language is chosen, nodes play in <see cref="GreetingLanguages"/> one after the other.
/// </summary>
public sealed record MenuDefinition
{
    public required string StartNode { get; init; }

    public required IReadOnlyList<MenuNode> Nodes { get; init; }

    /// <summary>When false, digits pressed while a prompt plays are ignored (no barge-in).</summary>
    public bool BargeIn { get; init; } = true;

    public IReadOnlyList<string> GreetingLanguages { get; init; } = ["ko", "en"];

    /// <summary>The language "0" and the default route queue in when the caller chose none.</summary>
    public string DefaultLanguage { get; init; } = "ko";

    /// <summary>What a language without text or voice for a prompt plays instead; <see cref="FallbackLanguage"/> otherwise.</summary>
    public IReadOnlyDictionary<string, string> Fallbacks { get; init; } = new Dictionary<string, string>();

    public string FallbackLanguage { get; init; } = "en";

    /// <summary>
    /// Keys a waiting caller may press in the hold loop: <see cref="MenuActions.Hours"/>, <see cref="MenuActions.Leave"/>,
    /// <see cref="MenuActions.Message"/> or a tag.
    /// </summary>
    public IReadOnlyDictionary<string, string> HoldOptions { get; init; } = new Dictionary<string, string>();

    /// <summary>Keys a caller may press when their language is closed (after hours, a holiday): <see cref="MenuActions.Message"/>.</summary>
    public IReadOnlyDictionary<string, string> AfterHoursOptions { get; init; } = new Dictionary<string, string>();

    /// <summary>Seconds between position announcements in the hold loop.</summary>
    public int HoldAnnouncementSeconds { get; init; } = 45;

    public MenuNode? Find(string id) => Nodes.FirstOrDefault(node => node.Id == id);

    public string FallbackFor(string language) => Fallbacks.GetValueOrDefault(language) ?? FallbackLanguage;
}
