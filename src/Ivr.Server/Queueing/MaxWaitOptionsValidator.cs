using Ivr.Acd.Routing;
using Ivr.Server.Configuration;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Queueing;

/// <summary>Checks each language's maximum wait; the messages name the configuration key at fault.</summary>
public sealed class MaxWaitOptionsValidator : IValidateOptions<MaxWaitOptions>
{
    public ValidateOptionsResult Validate(string? name, MaxWaitOptions options)
    {
        var errors = new List<string>();
        foreach (var (language, setting) in options.Languages)
        {
            var key = $"{MaxWaitOptions.Section}:Languages:{language}";
            if (!LanguageCode.IsValid(language))
            {
                errors.Add($"{key}: '{language}' is not a language code.");
            }
            if (setting.After < TimeSpan.Zero || setting.After > MaxWaitOptions.Longest)
            {
                errors.Add($"{key}:After must be between 0 and 2 h.");
            }
            if (!Enum.IsDefined(setting.Offer))
            {
                errors.Add($"{key}:Offer must be callback, message or language.");
            }
            if (setting.Offer == MaxWaitOffer.Language)
            {
                if (setting.OverflowLanguage is not { } to || !LanguageCode.IsValid(to))
                {
                    errors.Add($"{key}:OverflowLanguage must be a language code when the offer is language.");
                }
                else if (to == language)
                {
                    errors.Add($"{key}:OverflowLanguage must differ from the language itself.");
                }
            }
            else if (setting.OverflowLanguage is not null)
            {
                errors.Add($"{key}:OverflowLanguage is only for the offer language.");
            }
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
