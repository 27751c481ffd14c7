namespace Ivr.Server.CallRecords.Folding;

/// <summary>Names of the fields that replace the caller's number in stored events.</summary>
public static class ProtectedFields
{
    /// <summary>The event field with the caller's number, as producers send it; it is never stored.</summary>
    public const string From = "from";

    /// <summary>HMAC-SHA256 of the normalised number, hex.</summary>
    public const string FromHash = "fromHash";

    /// <summary>The number encrypted with AES-GCM, base64; present only when an encryption key is configured.</summary>
    public const string FromSealed = "fromSealed";
}
