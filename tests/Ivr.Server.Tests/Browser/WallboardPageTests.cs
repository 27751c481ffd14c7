using Ivr.Acd.Model;
using Ivr.PhoneSim.Parties;
using Ivr.Server.Authorization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// The console's wallboard in headless Chromium against the real server and the phone simulator: a caller waiting
/// for Mandarin appears without a reload (pushed over SignalR), and operations staff lower a threshold so the cell
/// turns to a warning.
/// </summary>
public sealed class WallboardPageTests
{
    [Test]
    public async Task Wallboard_ShowsAWaitingCallerLive_AndColoursItAgainstTheThresholds()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        var (email, _) = await center.CreateAccountAsync(Roles.Operations);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);

        await ConsolePages.SignInAsync(page, center, "/console/", email, shots);
        await Expect(page.Locator("#live-status")).ToHaveAttributeAsync("data-status", "live");
        var mandarinWaiting = page.Locator("tr[data-language='zh'] td[data-metric='waiting']");
        await Expect(mandarinWaiting).ToHaveTextAsync("0");
        await Expect(page.Locator("nav a[aria-current='page']")).ToHaveAttributeAsync("href", "/console/");
        await Expect(page.Locator("nav a")).ToHaveCountAsync(12);
        await shots.TakeAsync("wallboard-quiet");

        // No counselor takes Mandarin: the caller waits, and the next push shows it.
        var caller = center.Twilio.PlaceIncomingCall("+821055509999", new ScriptedParty(["3*"], bargeIn: true));
        await center.EventuallyAsync(async () => (await center.Engine.GetCallerStatusAsync(caller.Sid))?.State == CallerState.Waiting, "the caller waits");
        await Expect(mandarinWaiting).ToHaveTextAsync("1");
        await Expect(mandarinWaiting).Not.ToHaveAttributeAsync("data-level", new System.Text.RegularExpressions.Regex("."));

        await page.FillAsync("#waiting-warn", "1");
        await page.FillAsync("#waiting-alert", "3");
        await page.ClickAsync("#thresholds-save");
        await Expect(page.Locator("#message")).ToHaveTextAsync("Thresholds saved.");
        await Expect(mandarinWaiting).ToHaveAttributeAsync("data-level", "warn");
        await Expect(mandarinWaiting).ToContainTextAsync("past warning");
        await shots.TakeAsync("wallboard-caller-waiting-warn");
        await ConsolePages.AssertAccessibleAsync(page, "wallboard");

        await page.ClickAsync("#language");
        await Expect(page.Locator("#wallboard-heading")).ToHaveTextAsync("언어별 현재 상황");
        await Expect(mandarinWaiting).ToContainTextAsync("주의 기준 넘음");
        await shots.TakeAsync("wallboard-korean");
        await ConsolePages.AssertAccessibleAsync(page, "wallboard in Korean");
    }

    [Test]
    public async Task Wallboard_ALanguagesOwnThresholds_ColourThatLanguageAndAreKept()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        var (email, _) = await center.CreateAccountAsync(Roles.Operations);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);
        await ConsolePages.SignInAsync(page, center, "/console/", email, shots);
        await Expect(page.Locator("#own-set")).ToHaveTextAsync("No language has its own thresholds yet.");

        await page.SelectOptionAsync("#own-language", "km");
        await page.FillAsync("#own-waiting-warn", "1");
        await page.ClickAsync("#thresholds-save");
        await Expect(page.Locator("#message")).ToContainTextAsync("km: give both warning and alert");
        await page.FillAsync("#own-waiting-warn", "");
        await page.SelectOptionAsync("#own-language", "zh");
        await Expect(page.Locator("#own-waiting-warn")).ToHaveAttributeAsync("placeholder", "5");
        await page.FillAsync("#own-waiting-warn", "1");
        await page.FillAsync("#own-waiting-alert", "2");
        await page.ClickAsync("#thresholds-save");
        await Expect(page.Locator("#message")).ToHaveTextAsync("Thresholds saved.");
        await Expect(page.Locator("#own-set")).ToHaveTextAsync("Languages with their own thresholds: zh");

        // Mandarin's own threshold is one caller; the general one stays five.
        var caller = center.Twilio.PlaceIncomingCall("+821055508888", new ScriptedParty(["3*"], bargeIn: true));
        await center.EventuallyAsync(async () => (await center.Engine.GetCallerStatusAsync(caller.Sid))?.State == CallerState.Waiting, "the caller waits");
        await Expect(page.Locator("tr[data-language='zh'] td[data-metric='waiting']")).ToHaveAttributeAsync("data-level", "warn");
        await Expect(page.Locator("#waiting-warn")).ToHaveValueAsync("5");
        await shots.TakeAsync("wallboard-own-threshold");
        await ConsolePages.AssertAccessibleAsync(page, "wallboard with a language's own thresholds");

        await page.ReloadAsync();
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        await Expect(page.Locator("#own-set")).ToHaveTextAsync("Languages with their own thresholds: zh");
        await page.SelectOptionAsync("#own-language", "zh");
        await Expect(page.Locator("#own-waiting-warn")).ToHaveValueAsync("1");
    }

    [Test]
    public async Task Wallboard_ForASupervisor_ShowsTheThresholdsReadOnly()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        var (email, _) = await center.CreateAccountAsync(Roles.Supervisor);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);

        await ConsolePages.SignInAsync(page, center, "/console/", email, shots);

        await Expect(page.Locator("#waiting-warn")).ToHaveValueAsync("5");
        await Expect(page.Locator("#waiting-warn")).ToBeDisabledAsync();
        await Expect(page.Locator("#thresholds-save")).ToBeDisabledAsync();
        await Expect(page.Locator("#read-only")).ToContainTextAsync("operations staff make changes");
        await shots.TakeAsync("wallboard-supervisor");
    }

    [Test]
    public async Task WallScreen_OnAFullHdDisplay_ShowsEveryLanguageAndMeasureWithoutScrolling()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        var (email, _) = await center.CreateAccountAsync(Roles.Supervisor);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        await page.SetViewportSizeAsync(1920, 1080);
        var shots = new Screenshots(page);

        await ConsolePages.SignInAsync(page, center, "/console/?wall", email, shots);

        await Expect(page.Locator("tr[data-language='zh'] td[data-metric='waiting']")).ToHaveTextAsync("0");
        await Expect(page.Locator("#live-status")).ToHaveAttributeAsync("data-status", "live");
        await Expect(page.Locator("nav")).ToBeHiddenAsync();
        await Expect(page.Locator("#thresholds")).ToBeHiddenAsync();
        await Expect(page.Locator("#wall-screen-link")).ToBeHiddenAsync();
        await Expect(page.Locator("#wallboard-rows tr")).ToHaveCountAsync(20);
        Assert.That(await page.EvaluateAsync<bool>("() => document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth"),
            Is.True, "the whole wallboard fits the screen");
        Assert.That(await page.Locator("#wallboard-table").EvaluateAsync<bool>("table => table.parentElement.scrollWidth <= table.parentElement.clientWidth"),
            Is.True, "no column is scrolled out of sight");
        // The names in scripts a kiosk's CJK fonts lack are drawn with the fonts this server bundles (their glyphs: BundledFontTests).
        var loaded = await page.EvaluateAsync<string[]>("""
            async () => { await document.fonts.ready;
              return [...document.fonts].filter(face => face.status === 'loaded').map(face => face.family.replaceAll('"', ''))
                .filter(family => family.startsWith('Ivr Noto ')).sort(); }
            """);
        Assert.That(loaded, Is.EqualTo(new[] { "Ivr Noto Bengali", "Ivr Noto Devanagari", "Ivr Noto Khmer", "Ivr Noto Myanmar", "Ivr Noto Sinhala", "Ivr Noto Thai" }));
        await shots.TakeAsync("wall-screen");
        await ConsolePages.AssertAccessibleAsync(page, "wall screen");

        await page.GotoAsync(center.Page("/console/").ToString());
        await Expect(page.Locator("#wall-screen-link")).ToHaveAttributeAsync("href", "/console/?wall");
        await Expect(page.Locator("#thresholds")).ToBeVisibleAsync();
    }

    [Test]
    public async Task Console_ForACounselor_SaysItIsForSupervisorsAndOperations()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        var email = await center.CreateCounselorAsync("c-en", "en");
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        await page.GotoAsync(center.Page("/console/").ToString());
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Infrastructure.StaffAccounts.Password);
        await page.ClickAsync("#sign-in-submit");

        await Expect(page.Locator("#message")).ToHaveTextAsync("The console is for supervisors and operations staff.");
        Assert.That(await page.Locator("#wallboard-rows tr").CountAsync(), Is.Zero);
    }
}
