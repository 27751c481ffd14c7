using System.ComponentModel.DataAnnotations;
using Ivr.Server.CallRecords.Rollups;

namespace Ivr.Server.Reporting;

/// <summary>The <c>Reporting</c> section: default thresholds; a request may choose another supported one.</summary>
public sealed class ReportingOptions : IValidatableObject
{
    public const string Section = "Reporting";

    public int ServiceLevelSeconds { get; set; } = 20;

    public int ShortAbandonSeconds { get; set; } = 10;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (WaitThresholds.ArrayIndex(ServiceLevelSeconds) is null)
        {
            yield return new ValidationResult($"Reporting:ServiceLevelSeconds must be one of {WaitThresholds.Supported}.", [nameof(ServiceLevelSeconds)]);
        }
        if (WaitThresholds.ArrayIndex(ShortAbandonSeconds) is null)
        {
            yield return new ValidationResult($"Reporting:ShortAbandonSeconds must be one of {WaitThresholds.Supported}.", [nameof(ShortAbandonSeconds)]);
        }
    }
}
