using System.Text.Json.Serialization;

namespace Ivr.Server.Alerts;

/// <summary>
/// One alert (table <c>alerts.alerts</c>): raised when <see cref="Measure"/> of <see cref="Subject"/> passed
/// <see cref="Threshold"/> (at <see cref="Value"/>), cleared when it stayed clear (docs/alerts.md), acknowledged by a
/// supervisor or operations. At most one alert per <see cref="Key"/> is open (a unique index), whatever the instances do.
/// </summary>
public sealed class Alert
{
    public long Id { get; set; }

    /// <summary>The breach it is about: measure and subject, e.g. <c>longest-wait:zh</c>, <c>counselor-wrap-up:c-17</c>.</summary>
    public required string Key { get; set; }

    public required string Measure { get; set; }

    /// <summary>The language whose threshold was passed; null for the records pipeline.</summary>
    public string? Language { get; set; }

    /// <summary>What breached: the language, the counselor's id, or <c>records</c>.</summary>
    public required string Subject { get; set; }

    public double Value { get; set; }

    public double Threshold { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    public DateTimeOffset? ClearedAt { get; set; }

    public string? AcknowledgedBy { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    [JsonIgnore]
    public uint Version { get; set; }
}

/// <summary>What <c>GET /api/alerts</c> answers: the open alerts and those cleared in the last day, newest first.</summary>
public sealed record AlertList(IReadOnlyList<Alert> Open, IReadOnlyList<Alert> Recent);

/// <summary>A change of an alert, pushed to the consoles (<see cref="AlertsHub"/>) and posted to the webhook.</summary>
public sealed record AlertEvent(string Event, Alert Alert)
{
    public const string Raised = "raised";
    public const string Cleared = "cleared";
    public const string Acknowledged = "acknowledged";
}
