using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Parties;
using Ivr.Server.Tests.EndToEnd;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

using Ivr.Server.Authorization;
using Ivr.Server.Hours;
using Ivr.Server.Tests.Prompts;
namespace Ivr.Server.Tests.Browser;

/// <summary>
/// The console's hours page in headless Chromium with the phone simulator placing calls: declaring an emergency
/// closure makes a new call hear the closure message; remembered languages are turned off and on; holidays and weekly
/// hours are edited; "hear now" follows.
/// </summary>
public sealed class HoursPageTests
{
    private const string ClosureMessage = "Closed today because of the typhoon.";

    private SimulatedCenter center = null!;
    private HeadlessChromium chromium = null!;
    private IPage page = null!;
    private Screenshots shots = null!;

    // Every test: the center, and the hours page open in Chromium for an operations account.
    [SetUp]
    public async Task OpenHoursPage()
    {
        center = await SoftphoneCenter.StartAsync();
        var (email, _) = await center.CreateAccountAsync(Roles.Operations);
        chromium = await HeadlessChromium.LaunchAsync();
        page = await chromium.Context.NewPageAsync();
        shots = new Screenshots(page);
        await ConsolePages.SignInAsync(page, center, "/console/hours/", email, shots);
    }

    [TearDown]
    public async Task Close()
    {
        await chromium.DisposeAsync();
        await center.DisposeAsync();
    }

    [Test]
    public async Task DeclareClosure_ANewCallHearsTheClosureMessage()
    {
        await Expect(page.Locator("#closure-state")).ToHaveAttributeAsync("data-active", "false");
        await Expect(page.Locator("#now-rows tr[data-language='zh'] [data-field='step']")).ToHaveAttributeAsync("data-step", "queue");
        await shots.TakeAsync("hours-open");
        await ConsolePages.AssertAccessibleAsync(page, "hours");

        await page.CheckAsync("#closure-active");
        await page.FillAsync("#closure-message-en", ClosureMessage);
        await page.ClickAsync("#closure-save");

        await Expect(page.Locator("#message")).ToHaveTextAsync("Emergency closure declared.");
        await Expect(page.Locator("#closure-state")).ToHaveAttributeAsync("data-active", "true");
        await Expect(page.Locator("#now-rows tr[data-language='zh'] [data-field='step']")).ToHaveAttributeAsync("data-step", "closed");
        await shots.TakeAsync("hours-closed");

        var caller = center.Twilio.PlaceIncomingCall("+821055502222", new ScriptedParty(["3*"], bargeIn: true));
        await center.EventuallyAsync(() => Task.FromResult(caller.IsEnded), "the closed center hangs up after its message");
        var said = center.Journal.Events
            .Where(e => e.Kind == SimEventKinds.Verb && e.CallSid == caller.Sid && e.Data.GetValueOrDefault("verb") == "Say")
            .Select(e => e.Data.GetValueOrDefault("text"));
        Assert.That(said, Does.Contain(ClosureMessage));

        await Expect(page.Locator("#closure-message-en")).ToHaveValueAsync(ClosureMessage);
        await page.UncheckAsync("#closure-active");
        await page.ClickAsync("#closure-save");
        await Expect(page.Locator("#message")).ToHaveTextAsync("Emergency closure lifted.");
        await Expect(page.Locator("#now-rows tr[data-language='zh'] [data-field='step']")).ToHaveAttributeAsync("data-step", "queue");
    }

    [Test]
    public async Task RememberedLanguages_TurnedOffAndOnWithFewerDays_HearNowFollows()
    {
        await Expect(page.Locator("#remembered-state")).ToHaveAttributeAsync("data-enabled", "true");
        await Expect(page.Locator("#remembered-state")).ToHaveTextAsync("On — a caller's language is remembered for 30 days");
        await Expect(page.Locator("#remembered-days")).ToHaveValueAsync("30");
        await Expect(page.Locator("#now-rows tr[data-language='vi'] details[data-field='remembered-offer'] pre")).ToContainTextAsync("Để tiếp tục bằng tiếng Việt");
        await shots.TakeAsync("hours-remembered-on");

        await page.UncheckAsync("#remembered-enabled");
        await Expect(page.Locator("#remembered-days")).ToBeDisabledAsync();
        await page.ClickAsync("#remembered-save");

        await Expect(page.Locator("#message")).ToHaveTextAsync("Callers' languages are no longer remembered or offered.");
        await Expect(page.Locator("#remembered-state")).ToHaveAttributeAsync("data-enabled", "false");
        await Expect(page.Locator("#now-rows details[data-field='remembered-offer']")).ToHaveCountAsync(0);
        await shots.TakeAsync("hours-remembered-off");
        await ConsolePages.AssertAccessibleAsync(page, "hours with languages not remembered");

        await page.CheckAsync("#remembered-enabled");
        await page.FillAsync("#remembered-days", "7");
        await page.ClickAsync("#remembered-save");

        await Expect(page.Locator("#message")).ToHaveTextAsync("Callers' languages are remembered for 7 days.");
        await Expect(page.Locator("#remembered-state")).ToHaveTextAsync("On — a caller's language is remembered for 7 days");
        await Expect(page.Locator("#now-rows details[data-field='remembered-offer']")).ToHaveCountAsync(20);

        var supervisor = await chromium.Context.Browser!.NewPageAsync();
        await supervisor.OpenSignedInAsync(center, Roles.Supervisor, "/console/hours/");
        await Expect(supervisor.Locator("#remembered-days")).ToHaveValueAsync("7");
        await Expect(supervisor.Locator("#remembered-enabled")).ToBeDisabledAsync();
        await Expect(supervisor.Locator("#remembered-save")).ToBeDisabledAsync();
    }

    [Test]
    public async Task HolidayKeepingEnglishOpen_IsSavedEditedAndHeardNow()
    {

        // The center's clock is Monday 30 November 2026 shortly after 10:00 in Seoul: today becomes a holiday on which
        // only English is open, 09:00-18:00.
        await page.FillAsync("#holiday-date", "2026-11-30");
        await page.FillAsync("#holiday-name", "Typhoon day");
        await page.ClickAsync("#holiday-open-add");
        await page.SelectOptionAsync("#holiday-open-rows select[data-field='language']", "en");
        await page.FillAsync("#holiday-open-rows input[data-field='from']", "09:00");
        await page.FillAsync("#holiday-open-rows input[data-field='to']", "18:00");
        await shots.TakeAsync("hours-holiday-open-languages");
        await ConsolePages.AssertAccessibleAsync(page, "hours with a holiday's open languages");
        await page.ClickAsync("#holiday-add");

        await Expect(page.Locator("#message")).ToHaveTextAsync("2026-11-30 Typhoon day saved.");
        await Expect(page.Locator("li[data-holiday='2026-11-30'] [data-field='open']")).ToHaveTextAsync("Open: en 09:00–18:00");
        await Expect(page.Locator("#now-time")).ToContainTextAsync("Holiday today: Typhoon day");
        await Expect(page.Locator("#now-rows tr[data-language='en'] [data-field='step']")).ToHaveAttributeAsync("data-step", "queue");
        await Expect(page.Locator("#now-rows tr[data-language='vi'] [data-field='step']")).ToHaveAttributeAsync("data-step", "holiday");
        await Expect(page.Locator("#now-rows tr[data-language='ko'] [data-field='step']")).ToHaveAttributeAsync("data-step", "holiday");
        await shots.TakeAsync("hours-holiday-saved");

        // Edit: English closes too.
        await page.ClickAsync("li[data-holiday='2026-11-30'] button[data-edit-holiday]");
        await Expect(page.Locator("#holiday-open-rows tr")).ToHaveCountAsync(1);
        await page.ClickAsync("#holiday-open-rows button[data-remove-open]");
        await page.ClickAsync("#holiday-add");

        await Expect(page.Locator("li[data-holiday='2026-11-30'] [data-field='open']")).ToHaveTextAsync("All languages closed");
        await Expect(page.Locator("#now-rows tr[data-language='en'] [data-field='step']")).ToHaveAttributeAsync("data-step", "holiday");

        // A time the server refuses is reported, and nothing changes.
        await page.ClickAsync("li[data-holiday='2026-11-30'] button[data-edit-holiday]");
        await page.ClickAsync("#holiday-open-add");
        await page.ClickAsync("#holiday-open-add");
        await page.FillAsync("#holiday-open-rows tr:nth-child(2) input[data-field='from']", "17:00");
        await page.SelectOptionAsync("#holiday-open-rows tr:nth-child(2) select[data-field='language']", "ko");
        await page.SelectOptionAsync("#holiday-open-rows tr:nth-child(1) select[data-field='language']", "ko");
        await page.ClickAsync("#holiday-add");
        await Expect(page.Locator("#message")).ToContainTextAsync("overlap");
        await Expect(page.Locator("li[data-holiday='2026-11-30'] [data-field='open']")).ToHaveTextAsync("All languages closed");
    }

    [Test]
    public async Task HolidaysAndWeeklyHours_AreEdited_AndThePageIsAccessible()
    {

        await page.FillAsync("#holiday-date", "2026-12-25");
        await page.FillAsync("#holiday-name", "Christmas");
        await page.ClickAsync("#holiday-add");
        await Expect(page.Locator("li[data-holiday='2026-12-25']")).ToContainTextAsync("Christmas");

        // Mongolian: only Monday 10:00-12:00. The test's clock is a Monday at 10:00 in Seoul, so it stays open now.
        await page.ClickAsync("#schedule-rows button[data-edit='mn']");
        for (var rows = await page.Locator("#period-rows tr").CountAsync(); rows > 1; rows--)
        {
            await page.Locator("#period-rows button[data-remove-period]").Last.ClickAsync();
        }
        await page.SelectOptionAsync("#period-rows select[data-field='day']", "1");
        await page.FillAsync("#period-rows input[data-field='open']", "10:00");
        await page.FillAsync("#period-rows input[data-field='close']", "12:00");
        await shots.TakeAsync("hours-edit-schedule");
        await ConsolePages.AssertAccessibleAsync(page, "hours with the schedule form");
        await page.ClickAsync("#schedule-save");

        await Expect(page.Locator("#message")).ToHaveTextAsync("mn opening hours saved.");
        await Expect(page.Locator("#schedule-rows tr[data-language='mn'] [data-field='schedule']")).ToHaveTextAsync("Mon 10:00–12:00");
        await Expect(page.Locator("#now-rows tr[data-language='mn'] [data-field='open']")).ToHaveTextAsync("Yes");

        await page.ClickAsync("li[data-holiday='2026-12-25'] button[data-remove]");
        await Expect(page.Locator("li[data-holiday='2026-12-25']")).ToHaveCountAsync(0);

        await page.ClickAsync("#language");
        await Expect(page.Locator("#closure-heading")).ToHaveTextAsync("긴급 휴업");
        await shots.TakeAsync("hours-korean");
        await ConsolePages.AssertAccessibleAsync(page, "hours in Korean");
    }

    [Test]
    public async Task Recording_ThaiAndTheVictimSupportTeamTurnedOn_IsSavedAndTheNextThaiCallerHearsTheConsent()
    {
        var thai = page.Locator("#recording-switches input[data-language='th']");
        var victims = page.Locator("#recording-switches input[data-tag='victim-support']");
        await Expect(thai).Not.ToBeCheckedAsync();
        await Expect(victims).Not.ToBeCheckedAsync();

        await thai.CheckAsync();
        await victims.CheckAsync();
        await ConsolePages.AssertAccessibleAsync(page, "hours with the recording switches");
        await page.ClickAsync("#recording-save");
        await Expect(page.Locator("#message")).ToHaveTextAsync("Recording settings saved.");
        await page.ReloadAsync();
        await Expect(thai).ToBeCheckedAsync();
        await Expect(victims).ToBeCheckedAsync();
        await Expect(page.Locator("#recording-switches input[data-language='vi']")).Not.ToBeCheckedAsync();
        await shots.TakeAsync("hours-recording");

        var caller = new ListeningParty(new ScriptedParty([$"{DefaultLanguages.All.Single(language => language.Code == "th").MenuNumber}*"]));
        center.Twilio.PlaceIncomingCall("+821055509876", caller);
        var consent = TestPrompts.Manifest.Texts["recording-consent"]["th"];
        await center.EventuallyAsync(() => Task.FromResult(caller.Heard.Contains(consent)), "the Thai caller heard the recording announcement in Thai");
    }

    [Test]
    public async Task WaitingPerLanguage_VietnameseMaximumWaitOfThreeMinutesOfferingEnglish_IsSavedAndThereAfterAReload()
    {
        var vietnamese = page.Locator("#waiting-rows tr[data-language='vi']");
        await Expect(vietnamese.Locator("[data-field='max-wait']")).ToHaveTextAsync("None");
        await Expect(vietnamese.Locator("[data-field='callback']")).ToHaveTextAsync("When the expected wait is above 2 min");
        await Expect(vietnamese.Locator("[data-field='saved']")).ToHaveTextAsync("Server default");

        await vietnamese.Locator("button[data-edit-waiting]").ClickAsync();
        await Expect(page.Locator("#waiting-form-heading")).ToHaveTextAsync("vi Tiếng Việt waiting");
        await Expect(page.Locator("#waiting-overflow")).ToBeDisabledAsync();
        await page.CheckAsync("#waiting-max");
        await page.FillAsync("#waiting-max-minutes", "3");
        await page.SelectOptionAsync("#waiting-outcome", "callback");
        await page.UncheckAsync("#waiting-callback");
        await page.ClickAsync("#waiting-save");
        // The server's reason, as for every change on the page: a callback needs the callback offer on.
        await Expect(page.Locator("#message")).ToContainTextAsync("A callback can be the outcome only while callbacks are on for the language");
        await Expect(page.Locator("#message")).ToHaveAttributeAsync("data-kind", "error");

        await page.CheckAsync("#waiting-callback");
        await page.SelectOptionAsync("#waiting-outcome", "language");
        await page.SelectOptionAsync("#waiting-overflow", "en");
        await shots.TakeAsync("hours-edit-waiting");
        await ConsolePages.AssertAccessibleAsync(page, "hours with the waiting form");
        await page.ClickAsync("#waiting-save");

        await Expect(page.Locator("#message")).ToHaveTextAsync("vi Tiếng Việt waiting saved.");
        await Expect(page.Locator("#waiting-form")).ToBeHiddenAsync();
        await page.ReloadAsync();
        await Expect(vietnamese.Locator("[data-field='max-wait']")).ToHaveTextAsync("After 3 min: another language, en English");
        await Expect(vietnamese.Locator("[data-field='saved']")).ToContainTextAsync("Saved by");
        await vietnamese.Locator("button[data-edit-waiting]").ClickAsync();
        await Expect(page.Locator("#waiting-max-minutes")).ToHaveValueAsync("3");
        await Expect(page.Locator("#waiting-outcome")).ToHaveValueAsync("language");
        await Expect(page.Locator("#waiting-overflow")).ToHaveValueAsync("en");
        await shots.TakeAsync("hours-waiting-saved");

        var supervisor = await chromium.Context.Browser!.NewPageAsync();
        await supervisor.OpenSignedInAsync(center, Roles.Supervisor, "/console/hours/");
        await Expect(supervisor.Locator("#waiting-rows tr[data-language='vi'] [data-field='max-wait']")).ToHaveTextAsync("After 3 min: another language, en English");
        await supervisor.Locator("#waiting-rows tr[data-language='vi'] button[data-edit-waiting]").ClickAsync();
        await Expect(supervisor.Locator("#waiting-max-minutes")).ToBeDisabledAsync();
        await Expect(supervisor.Locator("#waiting-save")).ToBeDisabledAsync();
    }
}
