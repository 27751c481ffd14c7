using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Alerts;

/// <summary>The <c>Alerts</c> section: how often the rules are evaluated, the hysteresis, and the optional webhook.</summary>
public sealed class AlertsOptions : IValidatableObject
{
    public const string Section = "Alerts";

    /// <summary>Evaluate the rules at all.</summary>
    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:00.2", "00:05:00", ErrorMessage = "Alerts:EvaluationInterval must be between 0.2 s and 5 min.")]
    public TimeSpan EvaluationInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>An open alert clears after its measure read clear in this many evaluations in a row.</summary>
    [Range(1, 1000, ErrorMessage = "Alerts:ClearAfterEvaluations must be between 1 and 1000.")]
    public int ClearAfterEvaluations { get; set; } = 3;

    /// <summary>Clear means past the threshold by this share of it (%): a longest-wait alert at 60 s clears at 54 s.</summary>
    [Range(0, 50, ErrorMessage = "Alerts:ClearMarginPct must be between 0 and 50.")]
    public double ClearMarginPct { get; set; } = 10;

    /// <summary>A paging system's URL, sent every raised, cleared and acknowledged alert; none when empty.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>The shared secret of the webhook's HMAC-SHA256 signature (at least 32 characters).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Retries after a failed POST (5xx, 408, 429, no answer), with exponential back-off from <see cref="WebhookRetryDelay"/>.</summary>
    [Range(0, 10, ErrorMessage = "Alerts:WebhookRetries must be between 0 and 10.")]
    public int WebhookRetries { get; set; } = 4;

    [Range(typeof(TimeSpan), "00:00:00.01", "00:05:00", ErrorMessage = "Alerts:WebhookRetryDelay must be between 10 ms and 5 min.")]
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (WebhookUrl is null)
        {
            yield break;
        }
        if (!WebhookUrl.IsAbsoluteUri || WebhookUrl.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult("Alerts:WebhookUrl must be an absolute http(s) URL.", [nameof(WebhookUrl)]);
        }
        if (WebhookSecret is not { Length: >= 32 })
        {
            yield return new ValidationResult("Alerts:WebhookSecret must be set (at least 32 characters) with Alerts:WebhookUrl.", [nameof(WebhookSecret)]);
        }
    }
}
