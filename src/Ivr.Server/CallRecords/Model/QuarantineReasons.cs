namespace Ivr.Server.CallRecords.Model;

/// <summary>Why a stream entry went to <see cref="QuarantinedEvent"/> instead of the records.</summary>
public static class QuarantineReasons
{
    /// <summary>PostgreSQL (or the fold) refused the event itself: a data error, not the connection.</summary>
    public const string Refused = "refused";

    /// <summary>The entry is not a call event (a field could not be parsed).</summary>
    public const string Unreadable = "unreadable";

    /// <summary>The entry was trimmed from the stream (its cap) after it was handed to a writer, before it was written.</summary>
    public const string Trimmed = "trimmed";
}
