using System.Net.Http.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// The quality review page in headless Chromium: a supervisor scores a handled call and sees the score in the list
/// and on the reports page; operations add a criterion to the form; axe finds nothing in either language.
/// </summary>
public sealed class QualityPageTests
{
    [Test]
    public async Task Supervisor_ScoresAHandledCall_OperationsChangeTheForm()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        var (counselor, userId) = await center.Server.CreateSignedInUserAsync(Roles.Counselor);
        var operations = await center.Server.CreateSignedInClientAsync(Roles.Operations);
        (await operations.PutAsJsonAsync("/api/staffing/counselors/c-th", new CounselorRequest("Somchai", new() { ["th"] = 5 }, null, null, userId))).EnsureSuccessStatusCode();
        await center.Server.HandleCallAsync(counselor, "c-th", "CA-thai-review", "th", [], null);
        var (email, _) = await center.CreateAccountAsync(Roles.Supervisor);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);

        await ConsolePages.SignInAsync(page, center, "/console/quality/", email, shots);
        var row = page.Locator("#calls-rows tr[data-call='CA-thai-review']");
        await Expect(row).ToContainTextAsync("c-th");
        await Expect(page.Locator("#form-save")).ToBeDisabledAsync();
        await ConsolePages.AssertAccessibleAsync(page, "quality review list");

        await row.Locator("button[data-review]").ClickAsync();
        await Expect(page.Locator("#review")).ToBeVisibleAsync();
        foreach (var (key, score) in new[] { ("greeting", "5"), ("understanding", "5"), ("accuracy", "3"), ("empathy", "5"), ("closing", "5") })
        {
            await page.SelectOptionAsync($"#score-{key}", score);
        }
        await page.FillAsync("#review-comment", "Check the E-9 extension rule");
        await shots.TakeAsync("quality-review-form");
        await ConsolePages.AssertAccessibleAsync(page, "quality review form");
        await page.ClickAsync("#review-save");
        await Expect(row.Locator("[data-field='score']")).ToHaveTextAsync("86");
        await page.ClickAsync("#language");
        await Expect(page.Locator("#calls-heading")).ToHaveTextAsync("평가할 상담 통화");
        await ConsolePages.AssertAccessibleAsync(page, "quality review in Korean");

        await page.GotoAsync(center.Page("/console/reports/?from=2020-01-01&to=2040-01-01&period=year").ToString());
        await Expect(page.Locator("#table-quality")).ToContainTextAsync("c-th");
        await Expect(page.Locator("#table-quality")).ToContainTextAsync("86");
        await shots.TakeAsync("reports-quality");

        await chromium.Context.ClearCookiesAsync();
        var operationsPage = await chromium.Context.NewPageAsync();
        await operationsPage.OpenSignedInAsync(center, Roles.Operations, "/console/quality/");
        await Expect(operationsPage.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        await Expect(operationsPage.Locator("#form-save")).ToBeEnabledAsync();
        await operationsPage.ClickAsync("#criterion-add");
        var added = operationsPage.Locator("#criteria-rows tr").Last;
        await added.Locator("[name=key]").FillAsync("interpreting");
        await added.Locator("[name=label]").FillAsync("Interpreting accuracy");
        await operationsPage.ClickAsync("#form-save");
        await Expect(operationsPage.Locator("#form-version")).ToContainTextAsync("1");
        await operationsPage.ReloadAsync();
        await Expect(operationsPage.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        await Expect(operationsPage.Locator("#criteria-rows tr")).ToHaveCountAsync(6);
        await Expect(operationsPage.Locator("#criteria-rows tr").Last.Locator("[name=key]")).ToHaveValueAsync("interpreting");
    }
}
