using System.Net.Http.Json;
using Ivr.Acd.Model;
using Ivr.PhoneSim.Conferences;
using Ivr.PhoneSim.Parties;
using Ivr.Server.Authorization;
using Ivr.Server.Counselors;
using Ivr.Server.Monitoring;
using Ivr.Server.Tests.EndToEnd;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// Call monitoring in headless Chromium with the simulator's browser device: on the staffing page a supervisor listens
/// to a counselor's live call, whispers, barges in (by keyboard too) and leaves, the simulator's conference routing
/// each mode's voice; and the counselor's softphone shows that a supervisor listens when operations say so.
/// </summary>
public sealed class MonitoringPageTests
{
    [Test]
    public async Task Supervisor_ListensWhispersBargesAndLeaves_FromTheStaffingPage()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        var caller = await CounselorOnACallAsync(center);
        var (email, _) = await center.CreateAccountAsync(Roles.Supervisor);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);

        await ConsolePages.SignInAsync(page, center, "/console/staffing/", email, shots);
        var row = page.Locator("tr[data-counselor='c-zh']");
        var controls = row.GetByRole(Microsoft.Playwright.AriaRole.Group, new() { Name = "Monitor c-zh's call" });
        await Expect(page.Locator("#tell-counselors")).ToBeDisabledAsync();

        await controls.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Listen" }).ClickAsync();

        await Expect(page.Locator("#monitor-status")).ToHaveTextAsync("Listening to c-zh's call: nobody hears you.");
        await Expect(controls.Locator("[data-monitor='listen']")).ToHaveAttributeAsync("aria-pressed", "true");
        var conference = center.Twilio.Conferences.All.Single(c => !c.IsCompleted && c.Find(caller) is not null);
        var leg = conference.Participants.Single(p => p.Label == "monitor").CallSid;
        var counselorLeg = conference.Participants.Single(p => p.CallSid != caller && p.CallSid != leg).CallSid;
        Assert.That(conference.HeardBy()[leg], Is.Empty, "listening: nobody hears the supervisor");
        await shots.TakeAsync("monitor-listen");
        await page.AssertAccessibleAsync("staffing page while listening");

        await controls.Locator("[data-monitor='whisper']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#monitor-status")).ToHaveTextAsync("Whispering to c-zh: only the counselor hears you.");
        await Expect(page.Locator("tr[data-counselor='c-zh'] [data-monitor='whisper']")).ToBeFocusedAsync();
        Assert.That(conference.HeardBy()[leg], Is.EqualTo(new[] { counselorLeg }), "whispering: only the counselor");

        await controls.Locator("[data-monitor='barge']").ClickAsync();

        await Expect(controls.Locator("[data-monitor='barge']")).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.That(conference.HeardBy()[leg], Is.EquivalentTo(new[] { caller, counselorLeg }), "barging: everyone");
        await shots.TakeAsync("monitor-barge");

        await controls.Locator("[data-monitor-leave]").ClickAsync();

        await Expect(page.Locator("#message")).ToHaveTextAsync("You left; the call goes on.");
        await Expect(page.Locator("#monitor-status")).ToBeEmptyAsync();
        await Expect(controls.Locator("[data-monitor-leave]")).ToHaveCountAsync(0);
        await center.EventuallyAsync(() => Task.FromResult(conference.Find(leg) is null), "the supervisor's leg left");
        Assert.That(conference.Status, Is.EqualTo("in-progress"), "the call goes on");
        Assert.That((await center.Engine.GetCounselorAsync("c-zh"))!.State, Is.EqualTo(CounselorState.OnCall));
    }

    [Test]
    public async Task Counselor_SeesThatASupervisorListens_WhenOperationsSaySo()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        var email = await center.CreateCounselorAsync("c-zh", "zh");
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);
        await ConsolePages.SignInAsync(page, center, "/softphone/", email, shots);
        await Expect(page.Locator("#device-status")).ToHaveAttributeAsync("data-status", "ready");
        await page.ClickAsync("#go-available");
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "available");
        center.Twilio.PlaceIncomingCall("+821055501346", new ScriptedParty(["3*", "0"], bargeIn: true));
        await Expect(page.Locator("#accept")).ToBeEnabledAsync();
        await page.ClickAsync("#accept");
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "oncall");
        var operations = await center.Server.CreateSignedInClientAsync(Roles.Operations);
        (await operations.PutAsJsonAsync("/api/monitoring/settings", new { tellCounselors = true })).EnsureSuccessStatusCode();
        var (supervisor, userId) = await center.Server.CreateSignedInUserAsync(Roles.Supervisor);
        center.Twilio.Parties.Register("client:" + MonitorIdentity.Prefix + userId, new ScriptedParty([]));

        var started = await supervisor.PostAsJsonAsync("/api/monitoring/sessions", new { counselorId = "c-zh", mode = "listen" });
        started.EnsureSuccessStatusCode();

        await Expect(page.Locator("#monitor-notice")).ToHaveTextAsync("A supervisor is listening to this call.");
        await shots.TakeAsync("softphone-monitored");
        await page.AssertAccessibleAsync("softphone with the monitoring notice");
        var session = (await started.Content.ReadFromJsonAsync<MonitorSessionView>())!;
        (await supervisor.DeleteAsync($"/api/monitoring/sessions/{session.Id}")).EnsureSuccessStatusCode();
        await Expect(page.Locator("#monitor-notice")).ToBeEmptyAsync();
    }

    /// <summary>Counselor c-zh (answering through the simulator) talking to a Chinese caller; returns the caller's CallSid.</summary>
    private static async Task<string> CounselorOnACallAsync(SimulatedCenter center)
    {
        await center.CreateCounselorAsync("c-zh", "zh");
        center.Twilio.Parties.Register("client:c-zh", new ScriptedParty([]));
        await center.Server.Services.GetRequiredService<CounselorActions>()
            .SetPresenceAsync("c-zh", new PresenceRequest("available", null), CancellationToken.None);
        var caller = center.Twilio.PlaceIncomingCall("+821055501345", new ScriptedParty(["3*", "0"], bargeIn: true));
        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync("c-zh"))?.State == CounselorState.OnCall
            && center.Twilio.Conferences.All.Any(c => !c.IsCompleted && c.Find(caller.Sid) is not null && c.Participants.Count == 2),
            "c-zh talks to the caller");
        return caller.Sid;
    }
}
