using System.Globalization;
using Ivr.Server.Configuration;
using Ivr.Server.Hours;

namespace Ivr.Server.Ivr;

/// <summary>
/// The rules of remembering a caller's language, without I/O. What is kept under the keyed hash of their number is the
/// language and when they chose it (<c>ko|1796083200</c>), or that they asked us not to remember it
/// (<c>opted-out|...</c>); never the number. An entry is offered while it is younger than the setting's days (so
/// shortening them takes effect at once, not when the older entries expire) and names a language still served.
/// </summary>
public static class RememberedLanguageRules
{
    /// <summary>At the offer: take the remembered language.</summary>
    public const string AcceptKey = "*";

    /// <summary>At the offer: stop remembering. 9 is the way out on hold too; the main menu does not use it.</summary>
    public const string OptOutKey = "9";

    public const string OptedOut = "opted-out";

    /// <summary>An opt-out is kept for a year after the caller's last call (each call renews it), then forgotten.</summary>
    public static readonly TimeSpan OptOutLifetime = TimeSpan.FromDays(365);

    public static string Entry(string language, DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{language}|{at.ToUnixTimeSeconds()}");

    public static string OptOutEntry(DateTimeOffset at) => Entry(OptedOut, at);

    public static bool IsOptOut(string? entry) => entry?.StartsWith(OptedOut + "|", StringComparison.Ordinal) == true;

    /// <summary>The language to offer, or null: nothing kept, an opt-out, an entry too old for the setting, a language not served now.</summary>
    public static string? Offerable(string? entry, RememberedLanguageSettings settings, HoursDirectory hours, DateTimeOffset now)
    {
        if (!settings.Enabled || entry?.Split('|') is not [var language, var seconds] || language == OptedOut ||
            !long.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
        {
            return null;
        }
        var age = now - DateTimeOffset.FromUnixTimeSeconds(unix);
        return age < settings.Lifetime && hours.Find(language) is { Enabled: true } ? language : null;
    }

    /// <summary>What the keys pressed at the offer mean.</summary>
    public static RememberedLanguageAnswer Answer(string pressedKeys) => pressedKeys switch
    {
        AcceptKey => RememberedLanguageAnswer.Accepted,
        OptOutKey => RememberedLanguageAnswer.OptedOut,
        "" => RememberedLanguageAnswer.Nothing,
        _ => RememberedLanguageAnswer.MenuKeys,
    };
}
