using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Ivr.Server.Authorization;
using Ivr.Server.Hours;
using Ivr.Server.Staffing;
using Ivr.Server.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// What staff type into names is shown as text, never as markup: the pages build their HTML with dom.js's html``,
/// which escapes every value. An image with an error handler in a counselor's name or a holiday's name stays text.
/// </summary>
public sealed class MarkupEscapingTests
{
    private const string Markup = "<img src=x onerror=\"document.body.dataset.injected='yes'\"> & \"quoted\"";

    [Test]
    public async Task MarkupInACounselorsNameAndAHolidaysName_ShowsAsText()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        var operations = await center.Server.CreateSignedInClientAsync(Roles.Operations);
        (await operations.PutAsJsonAsync("/api/staffing/counselors/c-markup",
            new CounselorRequest(Markup, new Dictionary<string, int> { ["en"] = 5 }, null, 60, null))).EnsureSuccessStatusCode();
        (await operations.PutAsJsonAsync("/api/ivr/holidays/2027-01-01", new HolidayName(Markup))).EnsureSuccessStatusCode();
        var (email, _) = await center.CreateAccountAsync(Roles.Operations);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);

        await ConsolePages.SignInAsync(page, center, "/console/staffing/", email, shots);
        var row = page.Locator("tr[data-counselor='c-markup']");
        await Expect(row.Locator("th")).ToHaveTextAsync(Markup + " c-markup");
        await Expect(row.Locator("img")).ToHaveCountAsync(0);
        await Expect(row.Locator("[data-move-from]")).ToHaveAttributeAsync("aria-label", new Regex(Regex.Escape(Markup)));

        await page.GotoAsync(center.Page("/console/hours/").ToString());
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        var holiday = page.Locator("#holidays li[data-holiday='2027-01-01']");
        await Expect(holiday).ToContainTextAsync("2027-01-01 " + Markup);
        await Expect(holiday.Locator("img")).ToHaveCountAsync(0);
        await Expect(page.Locator("body")).Not.ToHaveAttributeAsync("data-injected", "yes");
        await shots.TakeAsync("markup-as-text");
    }
}
