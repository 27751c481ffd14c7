using Deque.AxeCore.Playwright;
using Ivr.Acd.Events;
using Ivr.Acd.Model;
using Ivr.PhoneSim.Parties;
using Ivr.Server.Authorization;
using Ivr.Server.Counselors;
using Ivr.Server.Tests.EndToEnd;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StackExchange.Redis;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// The softphone in headless Chromium against the real server and the phone simulator as Twilio, with the
/// simulator's browser device: a counselor signs in, goes available, is rung by a caller who chose Chinese, accepts,
/// finishes the call and fills in the wrap-up. Each state is saved as a screenshot.
/// </summary>
public sealed class SoftphonePageTests
{
    private const string CallerNumber = "+821055501345";

    [Test]
    public async Task Counselor_SignsInTakesACallAndWrapsUp()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        var email = await center.CreateCounselorAsync("c-zh", "zh");
        await center.AddEarlierCallsAsync(CallerNumber, 2);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);

        await SignInAsync(page, center, email, shots);
        var state = page.Locator("#presence-state");
        await Expect(state).ToHaveAttributeAsync("data-state", "offline");
        await Expect(page.Locator("#device-status")).ToHaveAttributeAsync("data-status", "ready");
        await shots.TakeAsync("signed-out");

        await page.ClickAsync("#go-available");
        await Expect(state).ToHaveAttributeAsync("data-state", "available");
        await Expect(page.Locator("#live-status")).ToHaveAttributeAsync("data-status", "live");
        await shots.TakeAsync("available");

        var caller = center.Twilio.PlaceIncomingCall(CallerNumber, new ScriptedParty(["3*", "0"], bargeIn: true));

        await Expect(page.Locator("#incoming")).ToBeVisibleAsync();
        await Expect(page.Locator("#accept")).ToBeEnabledAsync();
        var screenPop = page.Locator("#incoming-details");
        await Expect(screenPop.Locator("[data-field='field.language']")).ToContainTextAsync("zh");
        await Expect(screenPop.Locator("[data-field='field.menu']")).ToContainTextAsync("main");
        await Expect(screenPop.Locator("[data-field='field.tags']")).ToHaveTextAsync("—");
        Assert.That(await page.ContentAsync(), Does.Not.Contain("55501345"), "the caller's number is never shown");
        await shots.TakeAsync("ringing");

        await page.Keyboard.PressAsync("Alt+A");
        await Expect(state).ToHaveAttributeAsync("data-state", "oncall");
        await Expect(page.Locator("#call")).ToBeVisibleAsync();
        await Expect(page.Locator("#call-details [data-field='field.repeat']")).ToContainTextAsync("2 earlier");
        await page.ClickAsync("#history summary");
        await Expect(page.Locator("#history-list li[data-call]")).ToHaveCountAsync(2);
        await Expect(page.Locator("#history-list li").First).ToContainTextAsync("answered");
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Conferences.All.Any(conference => conference.Participants.Count == 2)),
            "caller and counselor share a conference");
        await Expect(page.Locator("#call-timer")).Not.ToHaveTextAsync("0:00");
        await shots.TakeAsync("on-call");

        await page.ClickAsync("#hang-up");
        await Expect(state).ToHaveAttributeAsync("data-state", "wrapup");
        await Expect(page.Locator("#wrap-up")).ToBeVisibleAsync();
        await Expect(page.Locator("#wrap-up-countdown")).Not.ToHaveTextAsync("—");
        await page.SelectOptionAsync("#residency-status", "F-4");
        await page.SelectOptionAsync("#topic", "EXTENSION");
        await page.FillAsync("#note", "Asked about extending an F-4 stay.");
        await shots.TakeAsync("wrap-up");

        await page.ClickAsync("#wrap-up-submit");
        await Expect(state).ToHaveAttributeAsync("data-state", "available");
        await shots.TakeAsync("ready-again");

        Assert.That((await center.Engine.GetCounselorAsync("c-zh"))!.State, Is.EqualTo(CounselorState.Available));
        var outcome = (await center.Server.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase()
                .StreamRangeAsync(center.Engine.Keys.ContactCenter.Events))
            .Select(CallEventStream.FromEntry)
            .Single(e => e.Type == CallEventTypes.OutcomeRecorded && e.CallSid == caller.Sid);
        Assert.That(outcome.Fields["residencyStatus"], Is.EqualTo("F-4"));
        Assert.That(outcome.Fields["topic"], Is.EqualTo("EXTENSION"));
        Assert.That(outcome.Fields["counselor"], Is.EqualTo("c-zh"));
    }

    [Test]
    public async Task Reload_InTheMiddleOfACall_ComesBackOnTheCall()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        var email = await center.CreateCounselorAsync("c-vi", "vi");
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, shots) = await AvailableAsync(chromium, center, email);

        var caller = center.Twilio.PlaceIncomingCall("+821077701345", new ScriptedParty(["4*", "0"], bargeIn: true));
        await Expect(page.Locator("#accept")).ToBeEnabledAsync();
        await page.ClickAsync("#accept");
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "oncall");

        await page.ReloadAsync();

        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "oncall");
        await Expect(page.Locator("#call")).ToBeVisibleAsync();
        await Expect(page.Locator("#call-details [data-field='field.language']")).ToContainTextAsync("vi");
        await Expect(page.Locator("#device-status")).ToHaveAttributeAsync("data-status", "connected");
        await shots.TakeAsync("on-call-after-reload");
        Assert.That(caller.IsEnded, Is.False, "the reload did not drop the caller");

        await page.ClickAsync("#hang-up");
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "wrapup");
        await center.EventuallyAsync(() => Task.FromResult(caller.IsEnded), "the caller's call ended with the conference");
    }

    [Test]
    public async Task ServerRestart_InTheMiddleOfACall_PageComesBackLiveOnTheCall()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        var email = await center.CreateCounselorAsync("c-th", "th");
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, shots) = await AvailableAsync(chromium, center, email);
        var caller = center.Twilio.PlaceIncomingCall("+821066601345", new ScriptedParty(["5*", "0"], bargeIn: true));
        await page.ClickAsync("#accept");
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "oncall");

        await center.RestartServerAsync();

        // The page reconnects to the new server by itself, reads the state again and is live once more.
        await Expect(page.Locator("#live-status")).ToHaveAttributeAsync("data-status", "live");
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "oncall");
        await Expect(page.Locator("#call-details [data-field='field.language']")).ToContainTextAsync("th");
        await shots.TakeAsync("on-call-after-server-restart");
        Assert.That(caller.IsEnded, Is.False, "the restart did not drop the caller");

        // The caller hangs up: only a push from the new server over the re-established connection tells the page.
        center.Twilio.HangUp(caller);
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "wrapup");
        await page.SelectOptionAsync("#residency-status", "E-9");
        await page.ClickAsync("#wrap-up-submit");
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "available");
    }

    [Test]
    public async Task Decline_WhileRinging_LeavesTheCallerWaiting()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        var email = await center.CreateCounselorAsync("c-zh", "zh");
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, shots) = await AvailableAsync(chromium, center, email);

        var caller = center.Twilio.PlaceIncomingCall("+821088801345", new ScriptedParty(["3*", "0"], bargeIn: true));
        await Expect(page.Locator("#accept")).ToBeEnabledAsync();
        await page.ClickAsync("#decline");

        await Expect(page.Locator("#incoming")).ToBeHiddenAsync();
        await shots.TakeAsync("declined");
        await center.EventuallyAsync(async () => (await center.Engine.GetCallerStatusAsync(caller.Sid))?.State == CallerState.Waiting,
            "the caller waits in the queue again");
        Assert.That(caller.IsEnded, Is.False);
    }

    [Test]
    public async Task SoftphonePage_HasNoAccessibilityViolations()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        var email = await center.CreateCounselorAsync("c-ko", "ko");
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);

        await page.GotoAsync(center.Page("/sign-in/").ToString());
        var signIn = await page.RunAxe();
        await SignInAsync(page, center, email, shots);
        await page.ClickAsync("#go-available");
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "available");
        var softphone = await page.RunAxe();
        await page.ClickAsync("#language");
        await Expect(page.Locator("#presence-state")).ToHaveTextAsync("대기 중");
        await shots.TakeAsync("available-korean");

        Assert.That(signIn.Violations.Select(violation => $"{violation.Id}: {violation.Help}"), Is.Empty, "sign-in page");
        Assert.That(softphone.Violations.Select(violation => $"{violation.Id}: {violation.Help}"), Is.Empty, "softphone page");
    }

    [Test]
    public async Task Supervisor_WatchesACounselorLive_ReadOnly()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        await center.CreateCounselorAsync("c-ko", "ko");
        var (email, _) = await center.CreateAccountAsync(Roles.Supervisor);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);
        await page.GotoAsync(center.Page("/softphone/?counselor=c-ko").ToString());
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", StaffAccounts.Password);
        await page.ClickAsync("#sign-in-submit");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/softphone/\\?counselor=c-ko$"));
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "offline");
        await Expect(page.Locator("#live-status")).ToHaveAttributeAsync("data-status", "live");

        // The counselor goes on a break elsewhere: the pushed state reaches the watching supervisor.
        var actions = center.Server.Services.GetRequiredService<CounselorActions>();
        await actions.SetPresenceAsync("c-ko", new PresenceRequest("available", null), CancellationToken.None);
        await actions.SetPresenceAsync("c-ko", new PresenceRequest("break", "lunch"), CancellationToken.None);

        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "break");
        await Expect(page.Locator("#read-only")).ToContainTextAsync("c-ko");
        await Expect(page.Locator("#go-available")).ToBeDisabledAsync();
        await Expect(page.Locator("#go-offline")).ToBeDisabledAsync();
        await shots.TakeAsync("supervisor-watching");
    }

    [Test]
    public async Task TwilioDevice_WithoutAnApiKey_SaysToUseTheSimulatorDevice()
    {
        await using var center = await SimulatedCenter.StartAsync(new Dictionary<string, string?> { ["Softphone:Device"] = "twilio" }, kestrel: true);
        var email = await center.CreateCounselorAsync("c-en", "en");
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);

        await SignInAsync(page, center, email, shots);

        // The Twilio Voice SDK chunk loaded and asked the server for an access token, which needs an API key.
        await Expect(page.Locator("#device-problem")).ToContainTextAsync("Twilio:Voice:ApiKeySid");
        await Expect(page.Locator("#device-status")).ToHaveAttributeAsync("data-status", "offline");
        await page.ClickAsync("#go-available");
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "available");
        await Expect(page.Locator("#device-problem")).ToContainTextAsync("use the simulator device");
        await shots.TakeAsync("twilio-device-without-key");
    }

    [Test]
    public async Task Transfer_ToAnotherLanguage_TheCallerReachesThatLanguagesCounselor_AndThisCounselorWrapsUp()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        var email = await center.CreateCounselorAsync("c-zh", "zh");
        await center.SignInCounselorAsync("c-en", "en");
        center.Twilio.Parties.Register("client:c-en", new ScriptedParty([]));
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, shots) = await AvailableAsync(chromium, center, email);
        var caller = center.Twilio.PlaceIncomingCall("+821044401345", new ScriptedParty(["3*", "0"], bargeIn: true));
        await page.ClickAsync("#accept");
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "oncall");

        await page.SelectOptionAsync("#transfer-language", "en");
        await shots.TakeAsync("transferring");
        await page.ClickAsync("#transfer");

        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "wrapup");
        await shots.TakeAsync("transferred");
        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync("c-en")) is { State: CounselorState.OnCall } english && english.CallSid == caller.Sid,
            "the English counselor has the caller");
        Assert.That(caller.IsEnded, Is.False, "the transfer did not drop the caller");
    }

    /// <summary>A new page signed in as the counselor and set available.</summary>
    private static async Task<(IPage Page, Screenshots Shots)> AvailableAsync(HeadlessChromium chromium, SimulatedCenter center, string email)
    {
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);
        await SignInAsync(page, center, email, shots);
        await page.ClickAsync("#go-available");
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "available");
        return (page, shots);
    }

    private static async Task SignInAsync(IPage page, SimulatedCenter center, string email, Screenshots shots)
    {
        await page.GotoAsync(center.Page("/softphone/").ToString());
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in/"));
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", StaffAccounts.Password);
        await shots.TakeAsync("sign-in");
        await page.ClickAsync("#sign-in-submit");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/softphone/$"));
        // The page has its configuration, device and live connection.
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
    }
}
