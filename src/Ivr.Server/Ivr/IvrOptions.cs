using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Ivr;

/// <summary>The <c>Ivr</c> section.</summary>
public sealed class IvrOptions
{
    public const string Section = "Ivr";

    /// <summary>How long a call session lives in Redis after its last step.</summary>
    [Range(10, 1440, ErrorMessage = "Ivr:SessionTtlMinutes must be between 10 and 1440.")]
    public int SessionTtlMinutes { get; set; } = 240;

    /// <summary>The time zone opening hours and holidays are written in.</summary>
    [Required(ErrorMessage = "Ivr:TimeZone is required.")]
    public string TimeZone { get; set; } = "Asia/Seoul";
}
