using System.Net.Http.Json;
using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.Alerts;
using Ivr.Server.CallRecords;
using Ivr.Server.Authorization;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.Queueing;
using Ivr.Server.Tests.CallControl;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Wallboard;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Alerts;

/// <summary>The measures: the wallboard's last 30 minutes' service level, counselors' time in state, the records lag.</summary>
public sealed class AlertReadingsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Wallboard_ServiceLevelOfTheLast30Minutes_CountsCallersWhoLeftTheQueueInThem_AndRaisesBelowTheRule()
    {
        await using var center = await AlertsCenter.StartAsync();
        var now = center.Server.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await using (var scope = center.Server.Services.CreateAsyncScope())
        {
            var records = scope.ServiceProvider.GetRequiredService<RecordsDbContext>();
            // In the window: 3 answered (2 within 20 s), 2 abandoned (1 within 10 s, a short abandon) -> 2 / (3 + 2 - 1) = 50 %.
            records.Calls.AddRange(
                Call("CA1", now.AddMinutes(-5), wait: 10, answered: true), Call("CA2", now.AddMinutes(-10), wait: 15, answered: true),
                Call("CA3", now.AddMinutes(-20), wait: 40, answered: true), Call("CA4", now.AddMinutes(-25), wait: 60, answered: false),
                Call("CA5", now.AddMinutes(-1), wait: 5, answered: false),
                // Before the window: not counted.
                Call("CA6", now.AddMinutes(-31), wait: 100, answered: false));
            await records.SaveChangesAsync();
        }
        var rules = new AlertRules(new AlertThresholds(ServiceLevelPct: 80));
        (await center.Operations.PutAsJsonAsync("/api/alerts/rules", rules)).EnsureSuccessStatusCode();

        var wallboard = await center.Operations.GetFromJsonAsync<WallboardSnapshot>("/api/wallboard");
        await center.EvaluateAsync();

        Assert.That(wallboard!.Languages.Single(row => row.Language == "zh").ServiceLevelLast30MinPct, Is.EqualTo(50));
        Assert.That(wallboard.Languages.Single(row => row.Language == "en").ServiceLevelLast30MinPct, Is.Null);
        var alert = (await center.AlertsAsync()).Open.Single();
        Assert.That((alert.Key, alert.Value, alert.Threshold), Is.EqualTo(("service-level:zh", 50.0, 80.0)));
    }

    [Test]
    public async Task CounselorRecord_KeepsSinceWhenInItsState()
    {
        await using var center = await AlertsCenter.StartAsync();
        var engine = center.Server.Services.GetRequiredService<AcdEngine>();
        var before = center.Server.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await engine.UpsertCounselorAsync(new CounselorProfile("c-since", new Dictionary<string, int> { ["zh"] = 5 }));
        await engine.SignInAsync("c-since");

        var since = (await engine.GetCounselorAsync("c-since"))!.StateSince;
        var after = center.Server.Services.GetRequiredService<TimeProvider>().GetUtcNow();

        Assert.That(since, Is.Not.Null);
        Assert.That(since!.Value, Is.InRange(before.AddMilliseconds(-1), after), "stored in whole milliseconds");
    }

    [Test]
    public async Task ACounselorOnACallLongerThanTheRule_RaisesAnAlertNamingThemAndTheirLanguage()
    {
        var twilio = new TwilioMock().Answering(request => request.ConstructUrl().AbsolutePath.EndsWith("Participants.json", StringComparison.Ordinal)
            ? TwilioMock.Participant("CA00000000000000000000000000000001") : TwilioMock.Call("CA-long-call"));
        await using var server = await twilio.StartServerAsync(new Dictionary<string, string?> { ["Alerts:Enabled"] = "false" });
        var operations = await server.CreateSignedInClientAsync(Roles.Operations);
        (await operations.PutAsJsonAsync("/api/alerts/rules", new AlertRules(new AlertThresholds(OnCallSeconds: 1)))).EnsureSuccessStatusCode();
        var engine = await TwilioMatchDispatcherTests.SignedInCounselorAsync(server, "c-long", "vi");
        await server.Services.GetRequiredService<ICallerQueue>().JoinAsync(TwilioMatchDispatcherTests.Join("CA-long-call", "vi"), CancellationToken.None);
        await engine.AcceptAsync((await engine.GetCounselorAsync("c-long"))!.ReservationId!, "answered");
        Assert.That((await engine.GetCounselorAsync("c-long"))!.State, Is.EqualTo(CounselorState.OnCall));

        await Task.Delay(TimeSpan.FromSeconds(1.6)); // past the rule's second on the real clock
        Assert.That(await server.Services.GetRequiredService<AlertEvaluator>().PassAsync(CancellationToken.None), Is.True);

        var alert = (await operations.GetFromJsonAsync<AlertList>("/api/alerts"))!.Open.Single();
        Assert.That((alert.Key, alert.Measure, alert.Language, alert.Subject), Is.EqualTo(("counselor-on-call:c-long", AlertMeasures.OnCall, "vi", "c-long")));
        Assert.That(alert.Value, Is.GreaterThan(alert.Threshold));
    }

    [Test]
    public void Readings_ACounselorTooLongInWrapUp_UsesTheStrictestOfTheirLanguages_AndTheRecordsLagItsOwn()
    {
        var rules = new AlertRules(new AlertThresholds(WrapUpSeconds: 300),
            new Dictionary<string, AlertThresholds> { ["km"] = new(WrapUpSeconds: 120) }, RecordsLagEvents: 1000);
        var snapshot = new WallboardSnapshot(Now, DateOnly.FromDateTime(Now.Date), WallboardThresholds.Default, []);
        CounselorStatus Counselor(string id, CounselorState state, int secondsInState, params string[] languages) =>
            new(id, state, languages.ToDictionary(language => language, _ => 3), null, null, null, 0, false, Now.AddSeconds(-secondsInState));

        var readings = AlertReadings.From(rules, snapshot,
            [Counselor("c-km", CounselorState.WrapUp, 200, "en", "km"), Counselor("c-en", CounselorState.WrapUp, 200, "en"),
             Counselor("c-free", CounselorState.Available, 5000, "km")], recordsLag: 1500, Now);

        Assert.That(readings.Select(reading => (reading.Key, reading.Language, reading.Value, reading.Threshold, reading.Breached)), Is.EquivalentTo(new[]
        {
            ("counselor-wrap-up:c-km", (string?)"km", 200.0, 120.0, true),
            ("counselor-wrap-up:c-en", "en", 200.0, 300.0, false),
            ("records-lag:records", null, 1500.0, 1000.0, true),
        }));
    }

    private static CallRecord Call(string callSid, DateTimeOffset leftQueue, double wait, bool answered) => new()
    {
        CallSid = callSid, Language = "zh", ArrivedAt = leftQueue.AddSeconds(-wait - 30), QueueJoinedAt = leftQueue.AddSeconds(-wait),
        QueueLeftAt = leftQueue, WaitSeconds = wait, AnsweredAt = answered ? leftQueue : null, Day = DateOnly.FromDateTime(leftQueue.UtcDateTime),
        Outcome = answered ? CallOutcome.Answered : CallOutcome.AbandonedInQueue,
    };
}
