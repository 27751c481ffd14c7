using Ivr.Acd.Model;
using Ivr.PhoneSim.Parties;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// "Call a number" on the softphone: the counselor's own softphone rings first and the page answers it (they just
/// placed the call); then the number is dialled from the center's number and the call shows as outbound, with the
/// number's last four digits only.
/// </summary>
public sealed class SoftphoneOutboundPageTests
{
    private const string Number = "+821055509911";

    [Test]
    public async Task CallANumber_RingsTheSoftphoneFirst_ThenTheNumberAnswersAndTheCallShowsAsOutbound()
    {
        await using var center = await SoftphoneCenter.StartAsync(new Dictionary<string, string?> { ["CallControl:CenterNumber"] = "+8221234567" });
        var email = await center.CreateCounselorAsync("c-vi", "vi");
        center.Twilio.Parties.Register(Number, CalledParty.Answers());
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);

        await ConsolePages.SignInAsync(page, center, "/softphone/", email, shots);
        await page.ClickAsync("#go-available");
        await Expect(page.Locator("#call-number")).ToBeEnabledAsync();
        await page.FillAsync("#outbound-number", Number);
        await page.ClickAsync("#call-number");

        // The softphone rings and, since the counselor placed the call, answers by itself; then the number is dialled.
        await center.EventuallyAsync(() => Task.FromResult(center.Twilio.Calls.All.Any(call => call.To == Number && call.From == "+8221234567" && call.Status == "in-progress")),
            "the number answered the call from the center's number");
        var counselorLeg = center.Twilio.Calls.All.Single(call => call.To == "client:c-vi");
        var dialled = center.Twilio.Calls.All.Single(call => call.To == Number);
        Assert.That(counselorLeg.DateCreated, Is.LessThan(dialled.DateCreated), "the softphone rang before the number was dialled");
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "oncall");
        await Expect(page.Locator("#call-details [data-field='field.outbound']")).ToHaveTextAsync("Calling the number ending in 9911");
        Assert.That(await page.ContentAsync(), Does.Not.Contain("55509911"), "only the last four digits are shown");
        Assert.That((await center.Engine.GetCounselorAsync("c-vi"))!.State, Is.EqualTo(CounselorState.OnCall));
        await shots.TakeAsync("outbound-on-call");
        await page.AssertAccessibleAsync("softphone on an outbound call");
    }
}
