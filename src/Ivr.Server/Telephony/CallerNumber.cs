using System.Diagnostics.CodeAnalysis;

namespace Ivr.Server.Telephony;

/// <summary>
/// Whether Twilio's <c>From</c> names a caller we could know again. It does not when the number is withheld: empty,
/// a word (<c>anonymous</c>, <c>restricted</c>, <c>unknown</c>: Twilio passes the carrier's text since 2022), a client
/// or SIP identity (<c>client:alice</c>), or the keypad spelling Twilio used to put in its place (+266696687 is
/// ANONYMOUS on a keypad); nor when it is not a telephone number at all (fewer than 7 or more than 15 digits).
/// </summary>
public static class CallerNumber
{
    // Twilio translated withheld caller ids into digits, letter by letter on the keypad.
    private static readonly HashSet<string> WithheldSpellings =
        [.. new[] { "ANONYMOUS", "RESTRICTED", "UNKNOWN", "UNAVAILABLE", "BLOCKED", "PRIVATE" }.Select(Keypad)];

    public static bool IsKnowable([NotNullWhen(true)] string? from)
    {
        if (string.IsNullOrWhiteSpace(from))
        {
            return false;
        }
        var number = from.Trim();
        if (!number.All(character => char.IsAsciiDigit(character) || character is '+' or ' ' or '-' or '(' or ')' or '.') ||
            number.LastIndexOf('+') > 0)
        {
            return false;
        }
        var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
        return digits.Length is >= 7 and <= 15 && !WithheldSpellings.Contains(digits);
    }

    /// <summary>A word as keyed on a telephone keypad (ABC = 2, ..., WXYZ = 9).</summary>
    public static string Keypad(string word) =>
        new([.. word.ToUpperInvariant().Select(letter => "22233344455566677778889999"[letter - 'A'])]);
}
