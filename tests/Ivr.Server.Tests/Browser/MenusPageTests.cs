using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Parties;
using Ivr.Server.Authorization;
using Ivr.Server.Tests.EndToEnd;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// The menus page in headless Chromium with the phone simulator as Twilio: operations staff edit the main node's
/// keys (1 to the visa branch, 2 to the offices), see validation name a broken node, preview and compare, publish,
/// hear the change on a new simulated call, then roll back and hear the old menu again.
/// </summary>
public sealed class MenusPageTests
{
    private const string VisaText = "To check your visa confirmation, visit the Korea Visa Portal website and search with your passport number.";
    private const string OfficesText = "Counselling in English is available on weekdays from 09:00 to 22:00, Korea time.";

    [Test]
    public async Task PublishAMenuChange_NewCallHearsIt_ThenRollBack()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);
        await page.OpenSignedInAsync(center, Roles.Operations, "/console/menus/");
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        await Expect(page.Locator("#versions tr[data-row='1'] td[data-column='active']")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("#node-id")).ToHaveTextAsync("main");
        await shots.TakeAsync("menu-version-1");

        // A key to a node that does not exist: validation names the node.
        await page.FillAsync(".option-row[data-key='3'] .option-action", "node:lost");
        await page.ClickAsync("#apply-node");
        await page.ClickAsync("#validate");
        await Expect(page.Locator("#validation .validation-error[data-node='main']")).ToContainTextAsync("lost");
        await shots.TakeAsync("validation-error");

        await page.FillAsync(".option-row[data-key='3'] .option-action", "node:fax");
        await page.FillAsync(".option-row[data-key='1'] .option-action", "node:visa");
        await page.FillAsync(".option-row[data-key='2'] .option-action", "node:offices");
        await page.ClickAsync("#apply-node");
        await page.FillAsync("#draft-note", "1 visa, 2 offices");
        await page.ClickAsync("#save-draft");
        await Expect(page.Locator("#status")).ToContainTextAsync("Saved as version 2");
        await Expect(page.Locator("#validation")).ToHaveAttributeAsync("data-count", "0");
        await Expect(page.Locator("#editing-version")).ToHaveTextAsync("v2");

        await page.SelectOptionAsync("#preview-node", "visa");
        await page.SelectOptionAsync("#preview-language", "ja");
        await page.ClickAsync("#preview-show");
        await Expect(page.Locator("#preview-twiml")).ToContainTextAsync("language=\"ja-JP\"");

        await page.SelectOptionAsync("#compare-from", "1");
        await page.SelectOptionAsync("#compare-to", "2");
        await page.ClickAsync("#compare-show");
        await Expect(page.Locator("#differences tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#differences tbody tr[data-row='nodes/main/options']")).ToContainTextAsync("node:visa");

        await page.ClickAsync("#publish");
        await Expect(page.Locator("#status")).ToContainTextAsync("Version 2 is published");
        await Expect(page.Locator("#versions tr[data-row='2'] td[data-column='active']")).Not.ToBeEmptyAsync();
        await shots.TakeAsync("version-2-published");
        await page.AssertAccessibleAsync("menus page");

        var afterPublish = center.Twilio.PlaceIncomingCall("+821012301345", new ScriptedParty(["1"], bargeIn: true));
        await center.EventuallyAsync(() => Task.FromResult(Heard(center, afterPublish.Sid, VisaText)), "a new call pressing 1 hears the visa branch");

        await page.ClickAsync("#versions button[data-rollback='1']");
        await Expect(page.Locator("#status")).ToContainTextAsync("Rolled back to version 1");
        await Expect(page.Locator("#versions tr[data-row='1'] td[data-column='active']")).Not.ToBeEmptyAsync();
        await shots.TakeAsync("rolled-back-to-1");

        var afterRollback = center.Twilio.PlaceIncomingCall("+821045601345", new ScriptedParty(["1"], bargeIn: true));
        await center.EventuallyAsync(() => Task.FromResult(Heard(center, afterRollback.Sid, OfficesText)), "after the rollback, 1 plays the offices again");
        Assert.That(Heard(center, afterRollback.Sid, VisaText), Is.False);

        await page.ClickAsync("#language");
        await Expect(page.Locator("#versions-heading")).ToHaveTextAsync("버전");
        await shots.TakeAsync("menus-korean");
        await page.AssertAccessibleAsync("menus page (Korean)");
    }

    /// <summary>Whether the simulator played <paramref name="text"/> to the call (a Say, on its own or inside a Gather).</summary>
    private static bool Heard(SimulatedCenter center, string callSid, string text) =>
        center.Journal.Events.Any(e => e.Kind == SimEventKinds.Verb && e.CallSid == callSid && e.Data.Values.Any(value => value?.Contains(text, StringComparison.Ordinal) == true));
}
