using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace Ivr.Acd.Routing;

/// <summary>
/// A language the center serves, as it appears in the hours API, the routing rules, queue keys and webhook URLs: a
/// BCP 47 primary subtag (2-8 lower-case letters: ko, en, fil) with at most one region or script subtag (zh-TW,
/// zh-Hant), at most 13 characters. The one rule every boundary checks, so a language one of them accepts is
/// accepted by all.
/// </summary>
public readonly record struct LanguageCode
{
    public const string Rule = "2-8 lower-case letters, optionally followed by '-' and a 2-4 letter or digit region or script (ko, fil, zh-TW)";

    private static readonly SearchValues<char> LowerLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");
    private static readonly SearchValues<char> LettersAndDigits =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private LanguageCode(string value) => Value = value;

    public string Value { get; }

    public static bool IsValid([NotNullWhen(true)] string? text) => TryParse(text, out _);

    public static bool TryParse([NotNullWhen(true)] string? text, out LanguageCode code)
    {
        code = default;
        if (text is null)
        {
            return false;
        }
        var dash = text.IndexOf('-');
        var primary = dash < 0 ? text.AsSpan() : text.AsSpan(0, dash);
        var subtag = dash < 0 ? [] : text.AsSpan(dash + 1);
        if (primary.Length is < 2 or > 8 || primary.ContainsAnyExcept(LowerLetters)
            || (dash >= 0 && (subtag.Length is < 2 or > 4 || subtag.ContainsAnyExcept(LettersAndDigits))))
        {
            return false;
        }
        code = new LanguageCode(text);
        return true;
    }

    public override string ToString() => Value;
}
