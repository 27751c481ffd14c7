using Ivr.Acd.Routing;

namespace Ivr.Server.Hours;

/// <summary>
/// Switches the emergency closure on or off, with optional messages said after the closure prompt: one per language
/// (<c>{"ko": "...", "en": "..."}</c>), and <see cref="Message"/> for the menu's default language.
/// </summary>
public sealed record ClosureUpdate(bool Active, string? Message, IReadOnlyDictionary<string, string>? Messages = null)
{
    public const int MaxMessageLength = 500;

    /// <summary>Why the update cannot be stored, or null.</summary>
    public string? Problem(HoursDirectory hours)
    {
        if (Message is { Length: > MaxMessageLength })
        {
            return $"message must be at most {MaxMessageLength} characters.";
        }
        foreach (var (code, text) in Messages ?? new Dictionary<string, string>())
        {
            if (!LanguageCode.IsValid(code))
            {
                return $"messages: '{code}' is not a language code ({LanguageCode.Rule}).";
            }
            if (hours.Find(code) is null)
            {
                return $"messages: '{code}' is not a language the center serves.";
            }
            if (string.IsNullOrWhiteSpace(text) || text.Length > MaxMessageLength)
            {
                return $"messages.{code} must be 1 to {MaxMessageLength} characters (leave the language out to have none).";
            }
        }
        return null;
    }
}
