namespace Ivr.Server.Hours;

/// <summary>
/// The emergency closure switch: when active, every caller hears the closure prompt and the message staff wrote, in
/// each language (<see cref="Messages"/>), and nothing else. <see cref="Message"/> is the text of the menu's default
/// language when <see cref="Messages"/> has none for it (the one message of before per-language messages).
/// </summary>
public sealed record Closure(bool Active, string? Message, IReadOnlyDictionary<string, string>? Messages = null)
{
    public static Closure None { get; } = new(false, null);

    /// <summary>The message written for <paramref name="language"/>, or null.</summary>
    public string? MessageIn(string language, string defaultLanguage) =>
        Messages?.GetValueOrDefault(language) is { Length: > 0 } text ? text
        : language == defaultLanguage && Message is { Length: > 0 } message ? message
        : null;

    /// <summary>Whether staff wrote any message at all (then every language without one is reported as missing it).</summary>
    public bool HasMessages => Message is { Length: > 0 } || Messages is { Count: > 0 };
}
