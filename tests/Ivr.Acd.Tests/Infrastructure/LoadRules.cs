using Ivr.Acd.Routing;

namespace Ivr.Acd.Tests.Infrastructure;

/// <summary>
/// Rules for load and property runs: five languages, widening, overflow, victim-support callers served first and
/// steered to their team for 20 s, no heartbeat or wait limits; callbacks retried after 20 s, twice at most, a dial
/// unreported for 30 s counted as failed.
/// </summary>
public static class LoadRules
{
    public static readonly string[] Languages = ["ko", "en", "zh", "vi", "th"];

    public static AcdSettings Settings(string contactCenter) => new(contactCenter,
    [
        .. Languages.Select(language => new RoutingRule(language)
        {
            ProficiencySteps = [new(TimeSpan.Zero, 4), new(TimeSpan.FromSeconds(20), 2), new(TimeSpan.FromSeconds(40), 1)],
            Overflow = language == "th" ? new OverflowRule("en", TimeSpan.FromSeconds(30)) : null,
            PriorityTags = new Dictionary<string, int> { ["victim-support"] = 5 },
            TeamPreferences = new Dictionary<string, TimeSpan> { ["victim-support"] = TimeSpan.FromSeconds(20) },
            WrapUp = TimeSpan.FromSeconds(15),
        }),
    ])
    {
        ReservationTimeout = TimeSpan.FromSeconds(15),
        RejectDelay = TimeSpan.FromSeconds(5),
        MaxNoAnswers = 3,
        StaleCallerAfter = TimeSpan.Zero,
        CallbackRetryInterval = TimeSpan.FromSeconds(20),
        CallbackMaxAttempts = 2,
        CallbackDialTimeout = TimeSpan.FromSeconds(30),
    };
}
