using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Monitoring;

/// <summary>The <c>Monitoring</c> section: supervisors listening to, whispering into and barging into live calls.</summary>
public sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    /// <summary>
    /// Whether counselors see that a supervisor is listening, whispering or in the call, until operations change it at
    /// run time (<c>PUT /api/monitoring/settings</c>).
    /// </summary>
    public bool TellCounselors { get; set; }

    /// <summary>How long the supervisor's browser device rings before the session is given up.</summary>
    [Range(5, 120)]
    public int RingSeconds { get; set; } = 30;
}
