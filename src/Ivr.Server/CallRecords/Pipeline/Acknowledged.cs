namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>What acknowledging and trimming a batch found: entries trimmed unwritten counted now, the lag (undelivered plus pending), the stream's length.</summary>
public sealed record Acknowledged(long TrimmedUnwritten, long Lag, long Length);
