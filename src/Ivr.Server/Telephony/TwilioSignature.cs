using System.Security.Cryptography;
using System.Text;

namespace Ivr.Server.Telephony;

/// <summary>
/// The one-HMAC check for the common case: the URL exactly as Twilio signed it. Twilio's RequestValidator
/// always computes two (with and without the port); it remains the fallback for the port variants.
/// </summary>
public static class TwilioSignature
{
    public static bool Matches(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters, string expected)
    {
        var data = new StringBuilder(url);
        foreach (var (key, value) in parameters.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            data.Append(key).Append(value);
        }
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()), hash);
        Span<byte> given = stackalloc byte[HMACSHA1.HashSizeInBytes + 3];
        return Convert.TryFromBase64String(expected, given, out var written) &&
               written == HMACSHA1.HashSizeInBytes &&
               CryptographicOperations.FixedTimeEquals(hash, given[..written]);
    }
}
