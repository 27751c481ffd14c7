using Ivr.Acd.Engine;
using Ivr.Server.Configuration;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Queueing;

/// <summary>
/// Gives every language of the IVR configuration a queue: when operations staff add a language, the ACD routes it
/// from the next call on, on every instance (each reloads the configuration when any one changes it). A fixed
/// <c>Acd:Languages</c> list in the options wins over the configuration.
/// </summary>
public sealed partial class AcdLanguageSync(AcdEngine engine, IOptions<AcdOptions> options, IOptions<MaxWaitOptions> maxWait, ILogger<AcdLanguageSync> logger) : IIvrSnapshotListener
{
    public void SnapshotLoaded(IvrSnapshot snapshot)
    {
        if (options.Value.Languages.Count > 0)
        {
            return;
        }
        var languages = snapshot.Hours.Languages.Select(language => language.Code).Order(StringComparer.Ordinal).ToList();
        if (languages.Count == 0 || languages.SequenceEqual(engine.Languages.Order(StringComparer.Ordinal)))
        {
            return;
        }
        engine.ReplaceRules(AcdSettingsFactory.Rules(options.Value, languages, maxWait.Value));
        LogLanguages(string.Join(", ", languages));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The ACD now routes these languages: {Languages}")]
    private partial void LogLanguages(string languages);
}
