using Ivr.Acd.Engine;
using Ivr.Server.Configuration;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Queueing;

/// <summary>
/// Keeps the ACD's routing rules in step with the IVR configuration, on every instance (each reloads the configuration
/// when any one changes it): every language gets a queue from the next call on when operations staff add one (a fixed
/// <c>Acd:Languages</c> list in the options wins over the configuration), and a language's overflow follows its
/// waiting policy (<see cref="WaitingPolicies"/>: the maximum wait offering another language).
/// </summary>
public sealed partial class AcdLanguageSync(AcdEngine engine, IOptions<AcdOptions> options, WaitingPolicies policies, ILogger<AcdLanguageSync> logger)
    : IIvrSnapshotListener
{
    private readonly Lock applying = new();
    private string? applied;

    public void SnapshotLoaded(IvrSnapshot snapshot)
    {
        var languages = options.Value.Languages.Count > 0
            ? [.. options.Value.Languages.Order(StringComparer.Ordinal)]
            : snapshot.Hours.Languages.Select(language => language.Code).Order(StringComparer.Ordinal).ToList();
        if (languages.Count == 0)
        {
            return;
        }
        // An overflow language the ACD does not route (a fixed Acd:Languages list without it) would make every rule invalid.
        var routed = languages.ToHashSet(StringComparer.Ordinal);
        var overflow = languages.ToDictionary(language => language,
            language => policies.For(snapshot, language).OverflowTo is { } to && routed.Contains(to) ? to : null, StringComparer.Ordinal);
        var described = string.Join(", ", languages.Select(language => overflow[language] is { } to ? $"{language} (overflow {to})" : language));
        lock (applying)
        {
            if (described == applied)
            {
                return;
            }
            engine.ReplaceRules(AcdSettingsFactory.Rules(options.Value, languages, language => overflow[language]));
            applied = described;
        }
        LogLanguages(described);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The ACD now routes these languages: {Languages}")]
    private partial void LogLanguages(string languages);
}
