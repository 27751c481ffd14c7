using Microsoft.Extensions.Options;

namespace Ivr.Server.Telephony;

/// <summary>Twilio signs the URL it calls: in Production that is HTTPS, so an http:// public URL is a mistake.</summary>
public sealed class TwilioBaseUrlValidator(IHostEnvironment environment) : IValidateOptions<TwilioOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioOptions options) =>
        environment.IsProduction() && options.RequestValidation.BaseUrlOverride is { } url
            && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? ValidateOptionsResult.Fail("Twilio:RequestValidation:BaseUrlOverride must be an https URL in Production.")
            : ValidateOptionsResult.Success;
}
