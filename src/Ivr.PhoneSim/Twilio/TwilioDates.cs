using System.Globalization;

namespace Ivr.PhoneSim.Twilio;

/// <summary>Twilio writes dates as RFC 2822 in GMT, e.g. "Tue, 31 Aug 2010 20:36:28 +0000".</summary>
public static class TwilioDates
{
    public static string Rfc2822(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    public static string? Rfc2822(DateTimeOffset? value) => value is { } v ? Rfc2822(v) : null;
}
