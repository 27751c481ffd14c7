using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Softphone;

/// <summary>
/// The <c>Softphone</c> section: which audio device the page uses. <c>twilio</c> is Twilio's Voice JavaScript SDK with
/// an access token from <c>/api/counselor/voice-token</c>; <c>simulator</c> is the phone simulator's browser device at
/// <see cref="SimulatorUrl"/>, so the page works without a Twilio account.
/// </summary>
public sealed class SoftphoneOptions : IValidatableObject
{
    public const string Section = "Softphone";

    public const string TwilioDevice = "twilio";
    public const string SimulatorDevice = "simulator";

    [RegularExpression("^(twilio|simulator)$", ErrorMessage = "Softphone:Device must be twilio or simulator.")]
    public string Device { get; set; } = TwilioDevice;

    /// <summary>The phone simulator's base URL as the counselor's browser reaches it (it serves /devices/*).</summary>
    public Uri? SimulatorUrl { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Device == SimulatorDevice && SimulatorUrl is not { IsAbsoluteUri: true, Scheme: "http" or "https" })
        {
            yield return new ValidationResult("Softphone:SimulatorUrl must be an absolute http(s) URL when Softphone:Device is simulator.",
                [nameof(SimulatorUrl)]);
        }
    }
}
