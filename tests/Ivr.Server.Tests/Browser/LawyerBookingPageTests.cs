using Ivr.PhoneSim.Parties;
using Ivr.Server.Tests.EndToEnd;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Tests.Lawyers;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// The softphone's lawyer booking form in headless Chromium, against the real server and the phone simulator: on a
/// Chinese caller's call the counselor opens the form, sees the lawyer's free slots of the next two weeks, books one
/// with a topic and a summary; the caller's phone receives the confirmation and the slot leaves the list.
/// </summary>
public sealed class LawyerBookingPageTests
{
    private const string CallerNumber = "+821055501346";

    [Test]
    public async Task Counselor_BooksALawyerSessionOnTheCall()
    {
        await using var center = await SoftphoneCenter.StartAsync(new Dictionary<string, string?> { ["CallControl:CenterNumber"] = InCallScene.CenterNumber });
        await center.Server.CreateLawyerAsync(LawyerDesk.Kim);
        var email = await center.CreateCounselorAsync("c-zh", "zh");
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);
        await page.GotoAsync(center.Page("/softphone/").ToString());
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", StaffAccounts.Password);
        await page.ClickAsync("#sign-in-submit");
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        await page.ClickAsync("#go-available");
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "available");

        center.Twilio.PlaceIncomingCall(CallerNumber, new ScriptedParty(["3*", "0"], bargeIn: true));
        await Expect(page.Locator("#accept")).ToBeEnabledAsync();
        await page.ClickAsync("#accept");
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "oncall");
        await page.ClickAsync("#lawyer summary");

        // Kim is free on Tuesdays at 14:00 and 15:00 (Seoul): two Tuesdays in the next two weeks.
        var slots = page.Locator("#lawyer-slot option");
        await Expect(slots).ToHaveCountAsync(4);
        await Expect(slots.First).ToContainTextAsync("Kim Min-ji");
        await Expect(slots.First).ToContainTextAsync("with an interpreter");
        await page.SelectOptionAsync("#lawyer-topic", "labour");
        await page.FillAsync("#lawyer-summary", "Wages unpaid since September.");
        await shots.TakeAsync("lawyer-form");
        await page.ClickAsync("#lawyer-book");

        await Expect(page.Locator("#lawyer-result")).ToContainTextAsync("Booked");
        await Expect(slots).ToHaveCountAsync(3);
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Messages.Inbox(CallerNumber).Count == 1), "the caller's phone has the confirmation");
        Assert.That(center.Twilio.Messages.Inbox(CallerNumber)[0].Body, Does.Contain("2026-12-01 14:00"));
        Assert.That(await page.ContentAsync(), Does.Not.Contain("55501346"), "the caller's number is never shown");
        await shots.TakeAsync("lawyer-booked");
    }
}
