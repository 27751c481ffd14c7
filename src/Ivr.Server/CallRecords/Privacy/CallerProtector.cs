using System.Security.Cryptography;
using System.Text;
using Ivr.Server.CallRecords.Folding;
using Microsoft.Extensions.Options;

namespace Ivr.Server.CallRecords.Privacy;

/// <summary>
/// Replaces the caller's number in an event's fields by its keyed hash (HMAC-SHA256, so repeat callers can be counted
/// without the number) and, only when a key is configured, by its AES-GCM encryption. The clear number is never stored.
/// </summary>
public sealed class CallerProtector(IOptions<CallRecordsOptions> options)
{
    private readonly byte[] hashKey = Encoding.UTF8.GetBytes(options.Value.CallerHashKey);
    private readonly byte[]? encryptionKey = string.IsNullOrEmpty(options.Value.CallerEncryptionKey) ? null : Convert.FromBase64String(options.Value.CallerEncryptionKey);

    public IReadOnlyDictionary<string, string> Protect(IReadOnlyDictionary<string, string> fields)
    {
        if (!fields.TryGetValue(ProtectedFields.From, out var number))
        {
            return fields;
        }
        var protectedFields = fields.Where(field => field.Key != ProtectedFields.From).ToDictionary(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(number))
        {
            protectedFields[ProtectedFields.FromHash] = Convert.ToHexStringLower(Hash(number));
            if (encryptionKey is not null)
            {
                protectedFields[ProtectedFields.FromSealed] = Convert.ToBase64String(Seal(number));
            }
        }
        return protectedFields;
    }

    public byte[] Hash(string number) => HMACSHA256.HashData(hashKey, Encoding.UTF8.GetBytes(Normalise(number)));

    /// <summary>nonce (12) | tag (16) | ciphertext.</summary>
    public byte[] Seal(string number)
    {
        var plain = Encoding.UTF8.GetBytes(number);
        var sealedBytes = new byte[12 + 16 + plain.Length];
        RandomNumberGenerator.Fill(sealedBytes.AsSpan(0, 12));
        using var aes = new AesGcm(encryptionKey ?? throw new InvalidOperationException("CallRecords:CallerEncryptionKey is not set."), 16);
        aes.Encrypt(sealedBytes.AsSpan(0, 12), plain, sealedBytes.AsSpan(28), sealedBytes.AsSpan(12, 16));
        return sealedBytes;
    }

    public string Unseal(byte[] sealedBytes)
    {
        var plain = new byte[sealedBytes.Length - 28];
        using var aes = new AesGcm(encryptionKey ?? throw new InvalidOperationException("CallRecords:CallerEncryptionKey is not set."), 16);
        aes.Decrypt(sealedBytes.AsSpan(0, 12), sealedBytes.AsSpan(28), sealedBytes.AsSpan(12, 16), plain);
        return Encoding.UTF8.GetString(plain);
    }

    // +82 10-1234-5678, 010 1234 5678 and +821012345678 are one caller.
    private static string Normalise(string number)
    {
        var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
        return digits.StartsWith('0') && !digits.StartsWith("00", StringComparison.Ordinal) ? "82" + digits[1..] : digits;
    }
}
