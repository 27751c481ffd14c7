using System.Security.Cryptography;
using System.Text;

namespace Ivr.PhoneSim.Twilio;

/// <summary>
/// X-Twilio-Signature as Twilio computes it: the full URL, then each POST parameter's name and value in ordinal
/// (Unix, case-sensitive) order with no delimiters, HMAC-SHA1 keyed by the auth token, Base64.
/// </summary>
public static class TwilioSignature
{
    public const string HeaderName = "X-Twilio-Signature";

    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>>? postParameters)
    {
        var data = new StringBuilder(url);
        if (postParameters is not null)
        {
            foreach (var (key, value) in postParameters.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                data.Append(key).Append(value);
            }
        }
        var hash = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
        return Convert.ToBase64String(hash);
    }

    /// <summary>For JSON bodies Twilio adds <c>bodySHA256</c> (lower-case hex SHA-256 of the body) to the URL and signs the URL alone.</summary>
    public static string BodyHash(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
}
