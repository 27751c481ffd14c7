using Ivr.Acd.Routing;

namespace Ivr.Acd.Tests.Infrastructure;

/// <summary>
/// The rules the scenarios use: Korean needs level 3 for 30 s, then any level; English overflows to Korean after
/// 60 s; Vietnamese holds at most 3 callers and at most 10 minutes; victim-support callers get class 5; Korean
/// callers tagged victim-support or legal wait 60 s for that team only (while it is signed in).
/// </summary>
public static class TestRules
{
    public static AcdSettings Settings(string contactCenter) => new(contactCenter,
    [
        new RoutingRule("ko")
        {
            ProficiencySteps = [new(TimeSpan.Zero, 3), new(TimeSpan.FromSeconds(30), 1)],
            PriorityTags = new Dictionary<string, int> { ["victim-support"] = 5 },
            TeamPreferences = new Dictionary<string, TimeSpan> { ["victim-support"] = TimeSpan.FromSeconds(60), ["legal"] = TimeSpan.FromSeconds(60) },
            WrapUp = TimeSpan.FromSeconds(30),
        },
        new RoutingRule("en")
        {
            Overflow = new OverflowRule("ko", TimeSpan.FromSeconds(60), 2),
            WrapUp = TimeSpan.FromSeconds(60),
        },
        new RoutingRule("vi")
        {
            MaxQueueLength = 3,
            MaxWait = TimeSpan.FromMinutes(10),
            MaxWaitOutcome = "message",
            WrapUp = TimeSpan.Zero,
            InitialHandleTime = TimeSpan.FromMinutes(4),
        },
    ])
    {
        ReservationTimeout = TimeSpan.FromSeconds(20),
        RejectDelay = TimeSpan.FromSeconds(10),
        MaxNoAnswers = 2,
        StaleCallerAfter = TimeSpan.FromMinutes(3),
        BreakReasons = ["lunch", "training", "meeting"],
        StatisticsTimeZone = TimeZoneInfo.CreateCustomTimeZone("KST", TimeSpan.FromHours(9), "KST", "KST"),
    };
}
