namespace Ivr.Server.Telephony;

/// <summary>
/// A number a caller keys on the phone (no '+' on a keypad) as the E.164 number to dial, checked by
/// <see cref="E164Number"/>: a Korean domestic number (010 mobiles: 010-1234-5678 → +821012345678; other 0-numbers such as
/// Seoul's 02) gets Korea's +82 for its leading 0; 00 then a country code is international; any other number is taken
/// to start with its country code. And the caller's own number, when it can be called back at all.
/// </summary>
public static class KeypadNumber
{
    // Twilio's From when the caller withheld their number, and the names carriers use for it.
    private static readonly HashSet<string> Withheld = new(StringComparer.OrdinalIgnoreCase)
    {
        "+266696687", "+7378742833", "+2562533", "+86282452253", "anonymous", "restricted", "unavailable", "unknown", "private",
    };

    /// <returns>The E.164 number, or null when the digits cannot be one.</returns>
    public static string? ToE164(string? digits)
    {
        if (string.IsNullOrEmpty(digits) || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }
        var number = digits switch
        {
            ['0', '1', '0', ..] when digits.Length != 11 => null, // a Korean mobile is 010 and eight digits
            ['0', '0', ..] => "+" + digits[2..],
            ['0', ..] => "+82" + digits[1..],
            _ => "+" + digits,
        };
        return E164Number.IsValid(number) ? number : null;
    }

    /// <summary>The caller's number if it can be called back (E.164 and not withheld), else null.</summary>
    public static string? Callable(string? from) => E164Number.IsValid(from) && !Withheld.Contains(from) ? from : null;

    /// <summary>The last four digits, spaced so that a voice reads them one by one ("5 6 7 8").</summary>
    public static string LastDigits(string number) => string.Join(' ', number[^Math.Min(4, number.Length - 1)..].ToCharArray());
}
