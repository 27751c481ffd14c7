using Microsoft.Extensions.Options;

namespace Ivr.Server.Telephony;

[OptionsValidator]
public sealed partial class TwilioOptionsValidator : IValidateOptions<TwilioOptions>;

/// <summary>AllowLocal turns signature checks off for local callers: refuse it outside Development.</summary>
public sealed class TwilioAllowLocalValidator(IHostEnvironment environment) : IValidateOptions<TwilioOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioOptions options) =>
        options.RequestValidation.AllowLocal && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail(
                $"Twilio:RequestValidation:AllowLocal may only be true in Development (environment is '{environment.EnvironmentName}').")
            : ValidateOptionsResult.Success;
}
