using System.Net.Http.Json;
using Ivr.Server.Alerts;
using Ivr.Server.Authorization;
using Ivr.Server.Planning.Plans;
using Ivr.Server.Planning.Queueing;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Wallboard;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Planning;

/// <summary>
/// On a Monday at 10:05 in Seoul, Vietnamese requires 2 counselors (<see cref="PlanningHistory"/>): the wallboard shows
/// required / planned / signed in, and the shortfall of the hour ahead raises a staffing-gap alert.
/// </summary>
public sealed class PlanAgainstLiveTests
{
    [Test]
    public async Task Wallboard_ShowsThePlanAgainstLive_AndAShortHourAheadRaisesAnAlert()
    {
        var mondayMorning = new ShiftedTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 5, 0, TimeSpan.FromHours(9)));
        await using var factory = await IvrServerFactory.StartAsync(new Dictionary<string, string?> { ["Alerts:Enabled"] = "false" },
            services => services.AddSingleton<TimeProvider>(mondayMorning));
        await PlanningHistory.InsertAsync(factory.PostgresConnectionString, PlanningHistory.Weeks(PlanningHistory.From, 12));
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);

        var before = await operations.GetFromJsonAsync<WallboardSnapshot>("/api/wallboard");
        Assert.That(before!.Interval, Is.Null, "no plan saved yet");
        Assert.That(before.Languages.Single(row => row.Language == "vi").StaffingGap, Is.Null);

        // 10:00 one counselor planned (2 required); 10:30 and 11:00 two, but nobody signed in.
        (await operations.PutAsJsonAsync("/api/planning/plan", new PlanSaveRequest("Monday morning",
            [new PlanCell("vi", 1, null, 20, 1), new PlanCell("vi", 1, null, 21, 2), new PlanCell("vi", 1, null, 22, 2)], null))).EnsureSuccessStatusCode();
        (await operations.PutAsJsonAsync("/api/alerts/rules", new AlertRules(new AlertThresholds(),
            new Dictionary<string, AlertThresholds> { ["vi"] = new(StaffingGapCounselors: 1) }))).EnsureSuccessStatusCode();

        var after = await operations.GetFromJsonAsync<WallboardSnapshot>("/api/wallboard");
        Assert.That(after!.Interval, Is.EqualTo("10:00"));
        var vi = after.Languages.Single(row => row.Language == "vi");
        Assert.That((vi.Required, vi.Planned, vi.SignedIn, vi.StaffingGap), Is.EqualTo((2, 1, 0, 2)));
        var th = after.Languages.Single(row => row.Language == "th");
        Assert.That((th.Required, th.Planned, th.StaffingGap), Is.EqualTo((0, 0, 0)), "a language without calls or plan is not short");

        Assert.That(await factory.Services.GetRequiredService<AlertEvaluator>().PassAsync(CancellationToken.None), Is.True);
        var alerts = await operations.GetFromJsonAsync<AlertList>("/api/alerts");
        var gap = alerts!.Open.Single();
        Assert.That((gap.Key, gap.Measure, gap.Value, gap.Threshold), Is.EqualTo(("staffing-gap:vi", AlertMeasures.StaffingGap, 2.0, 1.0)));
    }

    [Test]
    public async Task Wallboard_MeasuresTheRequirementWithTheTargetThePlanWasMadeFor()
    {
        var mondayMorning = new ShiftedTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 5, 0, TimeSpan.FromHours(9)));
        await using var factory = await IvrServerFactory.StartAsync(new Dictionary<string, string?> { ["Alerts:Enabled"] = "false" },
            services => services.AddSingleton<TimeProvider>(mondayMorning));
        await PlanningHistory.InsertAsync(factory.PostgresConnectionString, PlanningHistory.Weeks(PlanningHistory.From, 12));
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        var monday = new DateOnly(2026, 3, 2);

        (await operations.PostAsJsonAsync("/api/planning/plan/accept",
            new PlanAcceptRequest(monday, monday.AddDays(1), "exceptions", "default target", ["vi"], null, null, null))).EnsureSuccessStatusCode();
        var byDefault = (await operations.GetFromJsonAsync<WallboardSnapshot>("/api/wallboard"))!.Languages.Single(row => row.Language == "vi");
        var strict = await operations.PostAsJsonAsync("/api/planning/plan/accept",
            new PlanAcceptRequest(monday, monday.AddDays(1), "exceptions", "95 % in 5 s", ["vi"], 0.95, 5, null));
        var saved = (await strict.Content.ReadFromJsonAsync<PlanView>())!;
        var strictly = (await operations.GetFromJsonAsync<WallboardSnapshot>("/api/wallboard"))!.Languages.Single(row => row.Language == "vi");

        Assert.That(byDefault.Required, Is.EqualTo(2));
        Assert.That(saved.Plan.Target, Is.EqualTo(new StaffingTarget(0.95, 5, 0.85)), "kept with the plan");
        Assert.That(strictly.Required, Is.GreaterThan(byDefault.Required), "a stricter target needs more counselors");
        Assert.That(strictly.Planned, Is.EqualTo(strictly.Required), "the accepted requirement is the plan");
    }

    [Test]
    public async Task HourAhead_At2340_ReachesIntoTheNextDaysPlan()
    {
        var mondayNight = new ShiftedTimeProvider(new DateTimeOffset(2026, 3, 2, 23, 40, 0, TimeSpan.FromHours(9)));
        await using var factory = await IvrServerFactory.StartAsync(new Dictionary<string, string?> { ["Alerts:Enabled"] = "false" },
            services => services.AddSingleton<TimeProvider>(mondayNight));
        var operations = await factory.CreateSignedInClientAsync(Roles.Operations);
        // Monday 23:30 one counselor; Tuesday 00:00 three (a night shift starting).
        (await operations.PutAsJsonAsync("/api/planning/plan", new PlanSaveRequest("night",
            [new PlanCell("vi", 1, null, 47, 1), new PlanCell("vi", 2, null, 0, 3)], null))).EnsureSuccessStatusCode();

        var now = await factory.Services.GetRequiredService<StaffingOutlook>().ReadAsync(mondayNight.GetUtcNow(), ["vi"], CancellationToken.None);

        var vi = now.Languages["vi"];
        Assert.That(vi.NextHour.Select(half => (half.Date, half.Interval, half.Planned)), Is.EqualTo(new[]
        {
            (Monday, 47, 1), (Monday.AddDays(1), 0, 3), (Monday.AddDays(1), 1, 0),
        }));
        Assert.That(vi.Gap(signedIn: 1), Is.EqualTo(2), "the three planned for midnight against the one signed in");
    }

    private static readonly DateOnly Monday = new(2026, 3, 2);

    [Test]
    public void Gap_IsTheLargestShortfallOfTheHourAhead_AgainstTheRequirementOrTheSignedIn()
    {
        var outlook = new LanguageOutlook("zh", [new IntervalOutlook(Monday, 20, 5, 5), new IntervalOutlook(Monday, 21, 6, 4), new IntervalOutlook(Monday, 22, 6, 7)]);

        Assert.That(outlook.Gap(signedIn: 7), Is.EqualTo(2), "11:00 is planned 2 below its requirement");
        Assert.That(outlook.Gap(signedIn: 3), Is.EqualTo(4), "11:30 plans 7 and 3 are signed in");
        Assert.That(new LanguageOutlook("zh", [new IntervalOutlook(Monday, 20, 2, 3)]).Gap(signedIn: 3), Is.EqualTo(0));
    }
}
