using Microsoft.Extensions.Options;

namespace Ivr.Server.Telephony;

public static class TelephonyServiceCollectionExtensions
{
    public static IServiceCollection AddTelephony(this IServiceCollection services)
    {
        services.AddOptions<TwilioOptions>()
            .BindConfiguration(TwilioOptions.Section)
            .PostConfigure(options =>
            {
                options.RequestValidation.AuthToken = string.IsNullOrEmpty(options.RequestValidation.AuthToken)
                    ? null
                    : options.RequestValidation.AuthToken;
                if (string.IsNullOrEmpty(options.AuthToken) && options.RequestValidation.AuthToken is { } token)
                {
                    options.AuthToken = token;
                }
                options.RequestValidation.BaseUrlOverride = options.RequestValidation.BaseUrlOverride?.TrimEnd('/');
                options.Client.BaseUrlOverride = options.Client.BaseUrlOverride?.TrimEnd('/');
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TwilioOptions>, TwilioOptionsValidator>();
        services.AddSingleton<IValidateOptions<TwilioOptions>, TwilioAllowLocalValidator>();
        services.AddSingleton<IValidateOptions<TwilioOptions>, TwilioBaseUrlValidator>();
        services.AddSingleton<TwilioRequestValidator>();
        services.AddSingleton<TwilioRecordings>();
        return services;
    }
}
