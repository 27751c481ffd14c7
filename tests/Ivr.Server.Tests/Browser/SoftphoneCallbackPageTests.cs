using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.PhoneSim.Parties;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// The softphone's screen pop for a callback: the counselor is rung first and sees that it is a callback (the number's
/// last four digits only, which dial this is), the caller's language and wait; on accepting, the caller is dialled and
/// presses 1.
/// </summary>
public sealed class SoftphoneCallbackPageTests
{
    private const string CallerNumber = "+821055507788";

    [Test]
    public async Task Callback_RingsTheCounselorWithItsScreenPop_ThenTheCallerIsConnected()
    {
        await using var center = await SoftphoneCenter.StartAsync(new Dictionary<string, string?>
        {
            ["Callbacks:OfferAbove"] = "00:00:00",
            ["CallControl:CenterNumber"] = "+8221234567",
        });
        var email = await center.CreateCounselorAsync("c-vi", "vi");
        var caller = center.Twilio.PlaceIncomingCall(CallerNumber, new ScriptedParty(["4*", "2", "1"], bargeIn: true));
        var callbackId = AcdEngine.CallbackIdFor(caller.Sid);
        await center.EventuallyAsync(async () => caller.IsEnded && await center.Engine.GetCallbackAsync(callbackId) is not null, "the caller booked a callback");
        center.Twilio.Parties.Register(CallerNumber, new ScriptedParty(["1"]));
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);

        await ConsolePages.SignInAsync(page, center, "/softphone/", email, shots);
        await page.ClickAsync("#go-available");

        await Expect(page.Locator("#incoming")).ToBeVisibleAsync();
        var screenPop = page.Locator("#incoming-details");
        await Expect(screenPop.Locator("[data-field='field.callback']")).ToHaveTextAsync("Calling back the number ending in 7788 (attempt 1 of 3)");
        await Expect(screenPop.Locator("[data-field='field.language']")).ToContainTextAsync("vi");
        await Expect(screenPop.Locator("[data-field='field.callback-waited']")).Not.ToHaveTextAsync("—");
        Assert.That(await page.ContentAsync(), Does.Not.Contain("55507788"), "only the last four digits are shown");
        await shots.TakeAsync("callback-ringing");
        await page.AssertAccessibleAsync("softphone ringing with a callback");

        await page.Keyboard.PressAsync("Alt+A");

        await center.EventuallyAsync(async () => (await center.Engine.GetCallbackAsync(callbackId))?.State == CallbackState.Connected, "the caller pressed 1");
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "oncall");
        await Expect(page.Locator("#call-details [data-field='field.callback']")).ToContainTextAsync("7788");
        await shots.TakeAsync("callback-on-call");
    }
}
