using System.Net.Http.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Planning.Plans;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Tests.Planning;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// The planning page in headless Chromium: a supervisor reads the requirement and the plan (cells read-only);
/// operations edit a cell and save it as a new version, then accept the requirement as the plan; axe finds nothing in
/// either language.
/// </summary>
public sealed class PlanningPageTests
{
    private const string Monday = "/console/planning/?date=2026-03-02&language=vi";

    [Test]
    public async Task Supervisor_ReadsThePlan_OperationsEditASaveAndAcceptTheRequirement()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        await PlanningHistory.InsertAsync(center.Server.PostgresConnectionString, PlanningHistory.Weeks(PlanningHistory.From, 12));
        await center.CreateCounselorAsync("c-vi-th", "vi", "th");
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);

        await page.OpenSignedInAsync(center, Roles.Supervisor, Monday);
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        var ten = page.Locator("#plan-rows tr[data-interval='10:00']");
        await Expect(ten.Locator("[data-field='required']")).ToHaveTextAsync("2");
        await Expect(ten.Locator("input")).ToBeDisabledAsync();
        await Expect(page.Locator("#plan-save")).ToBeDisabledAsync();
        await Expect(page.Locator("#csv-requirement")).ToHaveAttributeAsync("href", "/api/planning/requirement?from=2026-03-02&language=vi&format=csv");
        await Expect(page.Locator("#teams-rows th")).ToHaveTextAsync(["th+vi"]);
        await Expect(page.Locator("#teams-rows td").First).ToHaveTextAsync("1");
        await ConsolePages.AssertAccessibleAsync(page, "planning page, supervisor");

        await chromium.Context.ClearCookiesAsync();
        var operations = await chromium.Context.NewPageAsync();
        shots = new Screenshots(operations);
        await operations.OpenSignedInAsync(center, Roles.Operations, Monday);
        await Expect(operations.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        ten = operations.Locator("#plan-rows tr[data-interval='10:00']");
        await ten.Locator("input").FillAsync("1");
        await operations.FillAsync("#plan-note", "Training at ten");
        await operations.ClickAsync("#plan-save");
        await Expect(operations.Locator("#plan-version")).ToContainTextAsync("Training at ten");
        await Expect(ten.Locator("td[data-level='alert']")).ToContainTextAsync("short by 1");
        await shots.TakeAsync("planning-short");

        await operations.ClickAsync("#accept-save");
        await Expect(operations.Locator("#plan-version")).ToContainTextAsync("version 2");
        await Expect(ten.Locator("input")).ToHaveValueAsync("2");
        await ConsolePages.AssertAccessibleAsync(operations, "planning page, operations");
        await operations.ClickAsync("#language");
        await Expect(operations.Locator("#plan-heading")).ToHaveTextAsync("30분 단위 계획");
        await ConsolePages.AssertAccessibleAsync(operations, "planning page in Korean");

        var api = await center.Server.CreateSignedInClientAsync(Roles.Supervisor);
        var plan = await api.GetFromJsonAsync<PlanView>("/api/planning/plan");
        Assert.That(plan!.Version, Is.EqualTo(2));
        Assert.That(plan.Plan.Exceptions.Keys, Is.EqualTo(new[] { "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08" }),
            "accepted for the week from the page's date");
        Assert.That(plan.Plan.Exceptions["2026-03-02"]["vi"][20], Is.EqualTo(2));
    }
}
