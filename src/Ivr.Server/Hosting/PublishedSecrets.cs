using Ivr.Server.CallRecords;
using Ivr.Server.Telephony;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Hosting;

/// <summary>
/// Secrets printed in this repository must never protect a real deployment: outside Development the server refuses
/// to start with the caller-hash key of <c>appsettings.Development.json</c> or the phone simulator's auth token (the
/// default of <c>src/Ivr.PhoneSim/SimulatorOptions.cs</c>, used by <c>deploy/dev/run.sh</c> and <c>load.sh</c>).
/// </summary>
public sealed class PublishedSecrets(IHostEnvironment environment) : IValidateOptions<TwilioOptions>, IValidateOptions<CallRecordsOptions>
{
    public const string DevelopmentCallerHashKey = "development-only-caller-hash-key-0123456789";

    public const string SimulatorAuthToken = "1345simulatorauthtoken0000000000";

    public ValidateOptionsResult Validate(string? name, TwilioOptions options) =>
        Refuse("Twilio:AuthToken", SimulatorAuthToken, options.AuthToken, options.RequestValidation.AuthToken);

    public ValidateOptionsResult Validate(string? name, CallRecordsOptions options) =>
        Refuse("CallRecords:CallerHashKey", DevelopmentCallerHashKey, options.CallerHashKey);

    private ValidateOptionsResult Refuse(string setting, string published, params string?[] values) =>
        !environment.IsDevelopment() && values.Contains(published)
            ? ValidateOptionsResult.Fail($"{setting} is the development value published in the repository; outside Development set a secret of your own.")
            : ValidateOptionsResult.Success;
}
