using Ivr.Acd.Routing;

namespace Ivr.Server.Queueing;

/// <summary>Turns the <c>Acd</c> options into the engine's routing rules, one per language.</summary>
public static class AcdSettingsFactory
{
    public static AcdSettings Create(AcdOptions options, MaxWaitOptions? maxWait = null)
    {
        var languages = options.Languages.Count > 0 ? options.Languages : [.. Hours.DefaultLanguages.All.Select(language => language.Code)];
        return new AcdSettings(options.ContactCenter, Rules(options, languages, maxWait is null ? null : maxWait.OverflowFor))
        {
            ReservationTimeout = options.ReservationTimeout,
            RejectDelay = options.RejectDelay,
            RingReleaseDelay = options.RingReleaseDelay,
            MaxNoAnswers = options.MaxNoAnswers,
            StaleCallerAfter = options.StaleCallerAfter,
            BreakReasons = options.BreakReasons,
            CallbackRetryInterval = options.CallbackRetryInterval,
            CallbackMaxAttempts = options.CallbackMaxAttempts,
            CallbackDialTimeout = options.CallbackDialTimeout,
            StatisticsTimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone),
        };
    }

    /// <summary>
    /// One rule per language, all alike: the preferred proficiency first, widening after the configured wait; and, for a
    /// language whose maximum wait offers another language, overflow to it from the start: the ACD overflows only callers
    /// who consented (hold key 4), and they may consent only once the maximum wait has passed.
    /// <paramref name="overflowFor"/> names a language's overflow language, null when it has none.
    /// </summary>
    public static IReadOnlyList<RoutingRule> Rules(AcdOptions options, IEnumerable<string> languages, Func<string, string?>? overflowFor = null) =>
        languages.Select(language => new RoutingRule(language)
        {
            ProficiencySteps = options.WidenAfter > TimeSpan.Zero && options.PreferredLevel > 1
                ? [new ProficiencyStep(TimeSpan.Zero, options.PreferredLevel), new ProficiencyStep(options.WidenAfter, 1)]
                : [new ProficiencyStep(TimeSpan.Zero, 1)],
            PriorityTags = options.PriorityTags,
            TeamPreferences = options.TeamPreferences,
            MaxQueueLength = options.MaxQueueLength,
            WrapUp = options.WrapUp,
            Overflow = overflowFor?.Invoke(language) is { } to ? new OverflowRule(to, TimeSpan.Zero, 1) : null,
        }).ToList();
}
