using System.Net.Http.Json;
using Ivr.Server.Alerts;
using Ivr.Server.Authorization;
using Ivr.Server.Queueing;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// The alerts page and the navigation's badge in headless Chromium: an alert raised by Mandarin callers waiting with
/// no counselor appears without a reload, operations acknowledge it and the badge on a supervisor's wallboard goes
/// out; operations set a language's rule, which a supervisor sees read-only; axe-core in English and Korean.
/// </summary>
public sealed class AlertsPageTests
{
    [Test]
    public async Task AlertsPage_ShowsARaisedAlertLive_AcknowledgedForEveryConsole_AndRulesPerLanguage()
    {
        await using var center = await SoftphoneCenter.StartAsync(new Dictionary<string, string?> { ["Alerts:Enabled"] = "false" });
        var operations = await center.Server.CreateSignedInClientAsync(Roles.Operations);
        var rules = new AlertRules(new AlertThresholds(), new Dictionary<string, AlertThresholds> { ["zh"] = new(WaitingPerAvailable: 2) });
        (await operations.PutAsJsonAsync("/api/alerts/rules", rules)).EnsureSuccessStatusCode();
        var (email, _) = await center.CreateAccountAsync(Roles.Operations);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);
        await using var supervisorBrowser = await HeadlessChromium.LaunchAsync();
        var wallboard = await supervisorBrowser.Context.NewPageAsync();

        await ConsolePages.SignInAsync(page, center, "/console/alerts/", email, shots);
        await wallboard.OpenSignedInAsync(center, Roles.Supervisor, "/console/");
        await Expect(page.Locator("#live-status")).ToHaveAttributeAsync("data-status", "live");
        await Expect(page.Locator("#alerts-open-status")).ToHaveTextAsync("No open alerts.");
        await Expect(page.Locator("nav a[aria-current='page']")).ToHaveAttributeAsync("href", "/console/alerts/");
        await Expect(wallboard.Locator("#alerts-badge")).ToBeHiddenAsync();
        await Expect(wallboard.Locator("#live-status")).ToHaveAttributeAsync("data-status", "live");

        // Three Mandarin callers and no counselor: 3 waiting per available, above 2.
        var queue = center.Server.Services.GetRequiredService<ICallerQueue>();
        for (var i = 0; i < 3; i++)
        {
            await queue.JoinAsync(new QueueJoinRequest($"CA-page-{i}", "zh", 0, [], center.Server.Services.GetRequiredService<TimeProvider>().GetUtcNow()), CancellationToken.None);
        }
        Assert.That(await center.Server.Services.GetRequiredService<AlertEvaluator>().PassAsync(CancellationToken.None), Is.True);

        var row = page.Locator("#alerts-open-rows tr[data-acknowledged='false']");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("[data-field='subject']")).ToHaveTextAsync("zh");
        await Expect(row.Locator("[data-field='value']")).ToHaveTextAsync("3");
        await Expect(wallboard.Locator("#alerts-badge .visually-hidden")).ToHaveTextAsync("Alerts not acknowledged: 1");
        await shots.TakeAsync("alerts-raised");
        await ConsolePages.AssertAccessibleAsync(page, "alerts page with an open alert");
        await ConsolePages.AssertAccessibleAsync(wallboard, "wallboard with the alerts badge");

        await row.GetByRole(Microsoft.Playwright.AriaRole.Button).ClickAsync();
        await Expect(page.Locator("#message")).ToHaveTextAsync("Alert acknowledged.");
        await Expect(page.Locator("#alerts-open-rows tr[data-acknowledged='true'] [data-field='acknowledged']")).ToContainTextAsync(email);
        await Expect(wallboard.Locator("#alerts-badge")).ToBeHiddenAsync();

        await page.FillAsync("#rule-zh-waitingPerAvailable", "5");
        await page.FillAsync("#rule-general-longestWaitSeconds", "240");
        await page.ClickAsync("#rules-save");
        await Expect(page.Locator("#message")).ToHaveTextAsync("Alert rules saved.");
        var saved = await operations.GetFromJsonAsync<AlertRules>("/api/alerts/rules");
        Assert.That((saved!.Languages!["zh"].WaitingPerAvailable, saved.General.LongestWaitSeconds), Is.EqualTo((5.0, 240.0)));
        await Expect(page.Locator("#rule-km-longestWaitSeconds")).ToHaveAttributeAsync("placeholder", "240");
        await page.ClickAsync("#language");
        await Expect(page.Locator("#rules-heading")).ToHaveTextAsync("알림 기준");
        await shots.TakeAsync("alerts-korean");
        await ConsolePages.AssertAccessibleAsync(page, "alerts page in Korean");

        await wallboard.GotoAsync(center.Page("/console/alerts/").ToString());
        await Expect(wallboard.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        await Expect(wallboard.Locator("#rule-zh-waitingPerAvailable")).ToHaveValueAsync("5");
        await Expect(wallboard.Locator("#rule-zh-waitingPerAvailable")).ToBeDisabledAsync();
        await Expect(wallboard.Locator("#rules-save")).ToBeDisabledAsync();
        await Expect(wallboard.Locator("#alerts-open-rows button")).ToHaveCountAsync(0);
    }
}
