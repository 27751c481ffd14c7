using Ivr.Acd.Routing;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Recordings;

/// <summary>Refuses a bad <c>Recording</c> section at start-up, naming the key.</summary>
public sealed class RecordingOptionsValidator : IValidateOptions<RecordingOptions>
{
    public const int MaxRetentionDays = 3650;

    public ValidateOptionsResult Validate(string? name, RecordingOptions options)
    {
        var failures = new List<string>();
        failures.AddRange(options.Languages.Keys.Where(language => !LanguageCode.IsValid(language))
            .Select(language => $"Recording:Languages:{language} is not a language code."));
        failures.AddRange(options.Tags.Keys.Where(tag => !RoutingTag.IsValid(tag))
            .Select(tag => $"Recording:Tags:{tag} is not a tag ({RoutingTag.Rule})."));
        failures.AddRange(options.RetentionDays.Keys.Where(type => !RecordingTypes.All.Contains(type))
            .Select(type => $"Recording:RetentionDays:{type} is not a recording type ({string.Join(", ", RecordingTypes.All)})."));
        failures.AddRange(RecordingTypes.All.Where(type => !options.RetentionDays.ContainsKey(type))
            .Select(type => $"Recording:RetentionDays:{type} is required."));
        failures.AddRange(options.RetentionDays.Where(entry => entry.Value is < 1 or > MaxRetentionDays)
            .Select(entry => $"Recording:RetentionDays:{entry.Key} must be 1 to {MaxRetentionDays} days."));
        if (options.RetentionInterval < TimeSpan.FromSeconds(1) || options.RetentionInterval > TimeSpan.FromDays(1))
        {
            failures.Add("Recording:RetentionInterval must be between 1 second and 1 day.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
