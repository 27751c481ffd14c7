namespace Ivr.Server.CallRecords.Model;

/// <summary>
/// The dead-letter table: a stream entry the writer could not turn into records (PostgreSQL refused it as data, it
/// could not be read, or it was trimmed from the stream before it was written). Kept so that nothing the producers
/// sent disappears silently, with the caller's number protected as in <see cref="StoredCallEvent"/>; retention
/// deletes it after <see cref="CallRecordsOptions.RetentionPeriod"/>.
/// </summary>
public sealed class QuarantinedEvent
{
    public required string StreamId { get; set; }

    /// <summary><see cref="QuarantineReasons"/>.</summary>
    public required string Reason { get; set; }

    /// <summary>Why: the SQLSTATE and message, or what could not be read.</summary>
    public required string Error { get; set; }

    /// <summary>The entry's names and values as JSON, the caller's number replaced by its protected forms; <c>{}</c> when trimmed.</summary>
    public required string Content { get; set; }

    public DateTimeOffset QuarantinedAt { get; set; }
}
