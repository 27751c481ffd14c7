using System.Text.Json;

namespace Ivr.Acd.Routing;

/// <summary>The routing rules as the compact JSON the Lua scripts read (times in milliseconds).</summary>
public static class RulesPayload
{
    public static string ForLanguage(RoutingRule rule) => JsonSerializer.Serialize(ToLua(rule));

    /// <summary>Only what a routing decision reads (steps, overflow, teams, and aht for scheduled reservations): the match script decodes it on every decision.</summary>
    public static string ForMatch(RoutingRule rule) =>
        JsonSerializer.Serialize(ToLua(rule).Where(pair => pair.Key is "steps" or "ovf" or "teams" or "aht").ToDictionary());

    public static string ForAll(AcdSettings settings) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["t"] = Ms(settings.ReservationTimeout),
        ["rd"] = Ms(settings.RejectDelay),
        ["nd"] = Ms(settings.NoAnswerDelay),
        ["rl"] = Ms(settings.RingReleaseDelay),
        ["mn"] = settings.MaxNoAnswers,
        ["st"] = Ms(settings.StaleCallerAfter),
        ["ri"] = Ms(settings.CallbackRetryInterval),
        ["ma"] = settings.CallbackMaxAttempts,
        ["dt"] = Ms(settings.CallbackDialTimeout),
        ["l"] = settings.Rules.ToDictionary(rule => rule.Language, ToLua),
    });

    public static void Validate(AcdSettings settings)
    {
        if (settings.Rules.Count == 0)
        {
            throw new ArgumentException("At least one routing rule is required.", nameof(settings));
        }
        if (settings.MaxNoAnswers < 1)
        {
            throw new ArgumentException("MaxNoAnswers must be at least 1.", nameof(settings));
        }
        if (settings.CallbackMaxAttempts < 1 || settings.CallbackRetryInterval < TimeSpan.Zero || settings.CallbackDialTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException(
                "CallbackMaxAttempts must be at least 1, CallbackRetryInterval 0 or more and CallbackDialTimeout more than 0.", nameof(settings));
        }
        foreach (var rule in settings.Rules)
        {
            ValidateLanguage(rule.Language);
            if (rule.ProficiencySteps.Count == 0 || rule.ProficiencySteps.Any(step => step.MinimumLevel is < 1 or > 5))
            {
                throw new ArgumentException($"Rule {rule.Language}: proficiency steps need levels 1-5.", nameof(settings));
            }
            if (rule.TeamPreferences.Any(team => !RoutingTag.IsValid(team.Key) || team.Value < TimeSpan.Zero))
            {
                throw new ArgumentException($"Rule {rule.Language}: team preferences need teams of {RoutingTag.Rule} and windows of 0 or more.", nameof(settings));
            }
            if (rule.Overflow is { } overflow && settings.Rules.All(other => other.Language != overflow.ToLanguage))
            {
                throw new ArgumentException($"Rule {rule.Language}: overflow language {overflow.ToLanguage} has no rule.", nameof(settings));
            }
        }
    }

    public static void ValidateLanguage(string language)
    {
        if (!LanguageCode.IsValid(language))
        {
            throw new ArgumentException($"Language '{language}' must be {LanguageCode.Rule}.", nameof(language));
        }
    }

    private static Dictionary<string, object> ToLua(RoutingRule rule)
    {
        var lua = new Dictionary<string, object>
        {
            ["steps"] = rule.ProficiencySteps.OrderBy(step => step.After).Select(step => new[] { Ms(step.After), step.MinimumLevel }).ToArray(),
            ["maxlen"] = rule.MaxQueueLength,
            ["maxwait"] = Ms(rule.MaxWait),
            ["outcome"] = rule.MaxWaitOutcome,
            ["wrap"] = Ms(rule.WrapUp),
            ["aht"] = Ms(rule.InitialHandleTime),
            ["prio"] = rule.PriorityTags.Count == 0 ? new Dictionary<string, int> { ["-"] = 0 } : rule.PriorityTags,
        };
        if (rule.TeamPreferences.Count > 0)
        {
            lua["teams"] = rule.TeamPreferences.ToDictionary(team => team.Key, team => Ms(team.Value));
        }
        if (rule.Overflow is { } overflow)
        {
            lua["ovf"] = new Dictionary<string, object> { ["l"] = overflow.ToLanguage, ["a"] = Ms(overflow.After), ["v"] = overflow.MinimumLevel };
        }
        return lua;
    }

    private static long Ms(TimeSpan span) => (long)span.TotalMilliseconds;

}
