using System.Net.Http.Json;
using Ivr.Acd.Model;
using Ivr.PhoneSim.Parties;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.Counselors;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// The console's staffing page in headless Chromium, with the phone simulator placing calls: operations staff move a
/// signed-in counselor from English to Mandarin in two clicks and the next Mandarin caller is routed to them; levels
/// are edited and a bulk move applied.
/// </summary>
public sealed class StaffingPageTests
{
    [Test]
    public async Task MoveFromEnglishToMandarin_TheNextMandarinCallerIsRoutedToTheCounselor()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        await center.CreateCounselorAsync("c-move", "en");
        await center.Server.Services.GetRequiredService<CounselorActions>()
            .SetPresenceAsync("c-move", new PresenceRequest("available", null), CancellationToken.None);
        var (email, _) = await center.CreateAccountAsync(Roles.Operations);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);

        await ConsolePages.SignInAsync(page, center, "/console/staffing/", email, shots);
        await Expect(page.Locator("#live-status")).ToHaveAttributeAsync("data-status", "live");
        var row = page.Locator("tr[data-counselor='c-move']");
        await Expect(row.Locator("[data-field='presence']")).ToHaveAttributeAsync("data-state", "available");
        await Expect(row.Locator("[data-field='skills']")).ToHaveTextAsync("en 5");
        await shots.TakeAsync("staffing-before-move");

        await row.Locator("[data-move-to]").SelectOptionAsync("zh");
        await row.Locator("[data-move]").ClickAsync();

        await Expect(page.Locator("#message")).ToHaveTextAsync("c-move moved from en to zh.");
        await Expect(row.Locator("[data-field='skills']")).ToHaveTextAsync("zh 5");
        await shots.TakeAsync("staffing-moved");

        var caller = center.Twilio.PlaceIncomingCall("+821055501111", new ScriptedParty(["3*"], bargeIn: true));
        await center.EventuallyAsync(async () => (await center.Engine.GetCounselorAsync("c-move"))?.CallSid == caller.Sid,
            "the Mandarin caller is routed to the moved counselor");
        // Pushed over /hubs/staffing: the page is not read again.
        await Expect(row.Locator("[data-field='presence']")).Not.ToHaveAttributeAsync("data-state", "available");
        await shots.TakeAsync("staffing-counselor-rung");

        var audit = await (await center.Server.CreateSignedInClientAsync(Roles.Supervisor))
            .GetFromJsonAsync<AuditApi.AuditPage>("/api/audit?action=counselor.move");
        Assert.That(audit!.Entries.Single().Action, Is.EqualTo("counselor.move en->zh"));
        Assert.That(audit.Entries.Single().Actor, Is.EqualTo(email));
    }

    [Test]
    public async Task EditLevels_AndBulkMove_ChangeTheCounselors_AndThePageIsAccessible()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        await center.CreateCounselorAsync("c-a", "zh", "en");
        await center.CreateCounselorAsync("c-b", "en");
        var (email, _) = await center.CreateAccountAsync(Roles.Operations);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);
        await ConsolePages.SignInAsync(page, center, "/console/staffing/", email, shots);
        await ConsolePages.AssertAccessibleAsync(page, "staffing");

        // c-b: English down to 2, Vietnamese added at 3, into the victim-support team.
        await page.Locator("tr[data-counselor='c-b'] [data-edit]").ClickAsync();
        await page.SelectOptionAsync("#level-en", "2");
        await page.SelectOptionAsync("#edit-add-language", "vi");
        await page.FillAsync("#edit-teams", "victim-support");
        await Expect(page.Locator("#level-vi")).ToHaveValueAsync("3");
        await shots.TakeAsync("staffing-edit");
        await ConsolePages.AssertAccessibleAsync(page, "staffing edit form");
        await page.ClickAsync("#edit-save");
        await Expect(page.Locator("tr[data-counselor='c-b'] [data-field='skills']")).ToHaveTextAsync("vi 3, en 2");
        await Expect(page.Locator("tr[data-counselor='c-b'] [data-field='teams']")).ToHaveTextAsync("victim-support");

        // A team that is not a routing tag is refused with the reason, and nothing changes.
        await page.Locator("tr[data-counselor='c-b'] [data-edit]").ClickAsync();
        await page.FillAsync("#edit-teams", "Victim Support");
        await page.ClickAsync("#edit-save");
        await Expect(page.Locator("#message")).ToContainTextAsync("Victim Support");
        await page.ClickAsync("#edit-cancel");
        await Expect(page.Locator("tr[data-counselor='c-b'] [data-field='teams']")).ToHaveTextAsync("victim-support");

        // Everyone who speaks English at 3 or better takes only Mandarin: c-a (en 5), not c-b (en 2).
        await page.SelectOptionAsync("#bulk-speaks", "en");
        await page.SelectOptionAsync("#bulk-minimum", "3");
        await page.SelectOptionAsync("#bulk-to", "zh");
        await page.CheckAsync("#bulk-exclusive");
        await page.ClickAsync("#bulk-submit");
        await Expect(page.Locator("#message")).ToHaveTextAsync("Moved 1: c-a");
        await Expect(page.Locator("tr[data-counselor='c-a'] [data-field='skills']")).ToHaveTextAsync("zh 5");
        await Expect(page.Locator("tr[data-counselor='c-b'] [data-field='skills']")).ToHaveTextAsync("vi 3, en 2");
        await shots.TakeAsync("staffing-bulk-moved");

        Assert.That((await center.Engine.GetCounselorAsync("c-a"))!.Skills, Is.EquivalentTo(new Dictionary<string, int> { ["zh"] = 5 }));
        Assert.That((await center.Engine.GetCounselorAsync("c-b"))!.Skills, Is.EquivalentTo(new Dictionary<string, int> { ["en"] = 2, ["vi"] = 3 }));

        await page.ClickAsync("#language");
        await Expect(page.Locator("#counselors-heading")).ToHaveTextAsync("상담사");
        await shots.TakeAsync("staffing-korean");
        await ConsolePages.AssertAccessibleAsync(page, "staffing in Korean");
    }
}
