namespace Ivr.Server.Menus;

/// <summary>A prompt to play, by manifest key, with values for its placeholders (e.g. {position}).</summary>
public sealed record PromptRef(string Key, IReadOnlyDictionary<string, string>? Arguments = null)
{
    public static implicit operator PromptRef(string key) => new(key);
}
