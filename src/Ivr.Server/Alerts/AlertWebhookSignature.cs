using System.Security.Cryptography;
using System.Text;

namespace Ivr.Server.Alerts;

/// <summary>
/// The webhook's signature: <c>X-Ivr-Signature: sha256=HEX</c>, the HMAC-SHA256 with the shared secret of the
/// timestamp header's value, a dot and the body (so a captured POST cannot be replayed later with a new timestamp);
/// <c>X-Ivr-Timestamp</c> is Unix seconds. A receiver recomputes it and compares in constant time (docs/alerts.md).
/// </summary>
public static class AlertWebhookSignature
{
    public const string SignatureHeader = "X-Ivr-Signature";
    public const string TimestampHeader = "X-Ivr-Timestamp";

    public static string Sign(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    public static bool Verify(string secret, string timestamp, string body, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));
}
