using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.CallRecords;

/// <summary>The <c>CallRecords</c> section: the writer that drains the event stream, caller privacy and retention.</summary>
public sealed class CallRecordsOptions : IValidatableObject
{
    public const string Section = "CallRecords";

    /// <summary>The contact center whose event stream (<c>{cc:NAME}:events</c>) is drained: <c>Acd:ContactCenter</c> when set.</summary>
    [Required(ErrorMessage = "CallRecords:ContactCenter is required (for example 1345).")]
    public string ContactCenter { get; set; } = "1345";

    [Required(ErrorMessage = "CallRecords:ConsumerGroup is required.")]
    public string ConsumerGroup { get; set; } = "call-records";

    /// <summary>This instance's consumer name in the group; defaults to the machine name and process id.</summary>
    public string? ConsumerName { get; set; }

    [Range(1, 10_000, ErrorMessage = "CallRecords:BatchSize must be between 1 and 10000.")]
    public int BatchSize { get; set; } = 500;

    /// <summary>Events per transaction while a backlog drains (the last read was a full batch): fewer, larger transactions.</summary>
    [Range(1, 10_000, ErrorMessage = "CallRecords:BacklogBatchSize must be between 1 and 10000.")]
    public int BacklogBatchSize { get; set; } = 5_000;

    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00", ErrorMessage = "CallRecords:PollInterval must be between 10 ms and 1 minute.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Pending entries idle this long belong to a dead consumer and are claimed (XAUTOCLAIM).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "CallRecords:ClaimIdleTime must be between 100 ms and 1 hour.")]
    public TimeSpan ClaimIdleTime { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ErrorMessage = "CallRecords:RetryDelay must be between 10 ms and 10 minutes.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Above this many unwritten events /health/ready reports the writer Degraded.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "CallRecords:LagDegradedThreshold must be positive.")]
    public int LagDegradedThreshold { get; set; } = 10_000;

    /// <summary>
    /// The health check turns Degraded when the stream holds this fraction of its trim cap (about 1,000,000 entries):
    /// long before the cap trims events that were never written. See docs/call-records.md for how long that is.
    /// </summary>
    [Range(0.01, 0.99, ErrorMessage = "CallRecords:StreamFillDegraded must be between 0.01 and 0.99 (a fraction of the stream's cap).")]
    public double StreamFillDegraded { get; set; } = 0.5;

    /// <summary>The health check turns Unhealthy at this fraction of the cap: events are about to be trimmed unwritten.</summary>
    [Range(0.02, 1.0, ErrorMessage = "CallRecords:StreamFillUnhealthy must be between 0.02 and 1 (a fraction of the stream's cap).")]
    public double StreamFillUnhealthy { get; set; } = 0.9;

    /// <summary>Time zone of the day and hour that records and rollups are keyed by.</summary>
    public string TimeZone { get; set; } = "Asia/Seoul";

    /// <summary>Key of the HMAC-SHA256 over caller numbers (repeat-caller counts without storing the number), at least 32 characters.</summary>
    [Required(ErrorMessage = "CallRecords:CallerHashKey is required: a secret of at least 32 characters for hashing caller numbers.")]
    [MinLength(32, ErrorMessage = "CallRecords:CallerHashKey must be at least 32 characters long.")]
    public string CallerHashKey { get; set; } = "";

    /// <summary>Optional base64 AES-256 key; when set, the caller's number is also stored encrypted.</summary>
    public string? CallerEncryptionKey { get; set; }

    /// <summary>Records older than this are anonymised or deleted by the retention job.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "36500.00:00:00", ErrorMessage = "CallRecords:RetentionPeriod must be between 1 day and 100 years.")]
    public TimeSpan RetentionPeriod { get; set; } = TimeSpan.FromDays(3 * 365);

    public RetentionMode RetentionMode { get; set; } = RetentionMode.Anonymise;

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "CallRecords:RetentionInterval must be between 1 second and 7 days.")]
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(6);

    public TimeZoneInfo ResolveTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"CallRecords:TimeZone '{TimeZone}' is not a known time zone (for example Asia/Seoul).", [nameof(TimeZone)]);
        }
        if (BacklogBatchSize < BatchSize)
        {
            yield return new ValidationResult("CallRecords:BacklogBatchSize must be at least CallRecords:BatchSize.", [nameof(BacklogBatchSize)]);
        }
        if (StreamFillUnhealthy <= StreamFillDegraded)
        {
            yield return new ValidationResult("CallRecords:StreamFillUnhealthy must be above CallRecords:StreamFillDegraded.", [nameof(StreamFillUnhealthy)]);
        }
        if (!string.IsNullOrEmpty(CallerEncryptionKey) && !IsAes256Key(CallerEncryptionKey))
        {
            yield return new ValidationResult("CallRecords:CallerEncryptionKey must be 32 bytes in base64 (openssl rand -base64 32).", [nameof(CallerEncryptionKey)]);
        }
    }

    private static bool IsAes256Key(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var length) && length == 32;
    }
}
