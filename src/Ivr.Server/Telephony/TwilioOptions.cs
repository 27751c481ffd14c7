using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Telephony;

/// <summary>The <c>Twilio</c> configuration section, with the keys Twilio.AspNet.Core uses.</summary>
public sealed class TwilioOptions
{
    public const string Section = "Twilio";

    [Required(ErrorMessage = "Twilio:AccountSid is required.")]
    [RegularExpression("^AC[0-9a-fA-F]{32}$", ErrorMessage = "Twilio:AccountSid must be 'AC' followed by 32 hexadecimal digits.")]
    public string AccountSid { get; set; } = "";

    [Required(ErrorMessage = "Twilio:AuthToken or Twilio:RequestValidation:AuthToken option is required.")]
    public string AuthToken { get; set; } = "";

    [ValidateObjectMembers]
    public TwilioRequestValidationOptions RequestValidation { get; set; } = new();

    [ValidateObjectMembers]
    public TwilioClientOptions Client { get; set; } = new();
}

public sealed class TwilioRequestValidationOptions
{
    /// <summary>Falls back to <c>Twilio:AuthToken</c>.</summary>
    public string? AuthToken { get; set; }

    /// <summary>The public base URL Twilio calls, when a proxy rewrites scheme, host or path prefix.</summary>
    [AbsoluteHttpUrl(ErrorMessage = "Twilio:RequestValidation:BaseUrlOverride must be an absolute http or https URL.")]
    public string? BaseUrlOverride { get; set; }

    /// <summary>Skips validation for requests from this machine. Development only.</summary>
    public bool AllowLocal { get; set; }
}

public sealed class TwilioClientOptions
{
    /// <summary>Sends every Twilio REST request to a stand-in at this URL, keeping Twilio's paths.</summary>
    [AbsoluteHttpUrl(ErrorMessage = "Twilio:Client:BaseUrlOverride must be an absolute http or https URL.")]
    public string? BaseUrlOverride { get; set; }
}
