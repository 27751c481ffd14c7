namespace Ivr.Server.Menus;

/// <summary>
/// One point of the menu: the prompts it plays, what each key does (<see cref="MenuActions"/>), how long it waits
/// and how often it asks again before taking <see cref="DefaultAction"/>. With <see cref="LanguageSelection"/>
/// the caller may also choose a language by its number followed by <c>*</c>.
/// </summary>
public sealed record MenuNode
{
    public required string Id { get; init; }

    public required IReadOnlyList<string> Prompts { get; init; }

    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    public bool LanguageSelection { get; init; }

    public int TimeoutSeconds { get; init; } = 5;

    public int MaxRetries { get; init; } = 2;

    public string InvalidPrompt { get; init; } = "invalid-input";

    public string NoInputPrompt { get; init; } = "no-input";

    public string DefaultAction { get; init; } = MenuActions.Queue;

    /// <summary>
    /// Tags a caller queued from this node carries to the ACD (e.g. <c>victim-support</c> on a node for victims of
    /// crime): its priority tags and team preferences read them.
    /// </summary>
    public IReadOnlyList<string> QueueTags { get; init; } = [];

    /// <summary>Names the self-service branch this node completes (e.g. "hours"), for call records.</summary>
    public string? SelfService { get; init; }
}
