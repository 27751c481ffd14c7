using Ivr.PhoneSim.Parties;
using Ivr.Server.Authorization;
using Ivr.Server.Institutions;
using Ivr.Server.Tests.Infrastructure;
using Ivr.Server.Tests.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// Partner institutions in headless Chromium: operations staff keep the directory on its console page (a mistake is
/// named by its field; supervisors only look); a counselor takes an institution line call whose screen pop names the
/// institution, adds a police desk from the softphone's picker, and refers the caller at wrap-up; axe finds nothing.
/// </summary>
public sealed class InstitutionPagesTests
{
    [Test]
    public async Task DirectoryPage_OperationsAddAnInstitution_AMistakeNamesItsField_SupervisorsOnlyLook()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);

        await page.OpenSignedInAsync(center, Roles.Operations, "/console/institutions/");
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        await page.ClickAsync("#institution-new");
        await page.FillAsync("#institution-id", "ansan-support");
        await page.FillAsync("#institution-name-ko", "안산 외국인주민지원센터");
        await page.FillAsync("#institution-name-en", "Ansan Foreign Residents Support Center");
        await page.SelectOptionAsync("#institution-kind", "support-center");
        await page.FillAsync("#institution-numbers", "+82314813114\n031-481-3115");
        await page.FillAsync("#institution-departments", "상담팀: +82314813120");
        await page.ClickAsync("#institution-save");
        await Expect(page.Locator("#message")).ToContainTextAsync("031-481-3115' is not in E.164 form");
        await page.FillAsync("#institution-numbers", "+82314813114");
        await page.ClickAsync("#institution-save");

        var row = page.Locator("#institution-rows tr[data-institution='ansan-support']");
        await Expect(row).ToContainTextAsync("Ansan Foreign Residents Support Center");
        await Expect(row).ToContainTextAsync("상담팀 +82314813120");
        await shots.TakeAsync("institutions-directory");
        await page.AssertAccessibleAsync("institution directory");
        await page.ClickAsync("#language");
        await Expect(page.Locator("#list-heading")).ToHaveTextAsync("협력 기관");
        await page.AssertAccessibleAsync("institution directory in Korean");

        await chromium.Context.ClearCookiesAsync();
        var supervisorPage = await chromium.Context.NewPageAsync();
        await supervisorPage.OpenSignedInAsync(center, Roles.Supervisor, "/console/institutions/");
        await Expect(supervisorPage.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        await Expect(supervisorPage.Locator("#institution-rows tr[data-institution='ansan-support']")).ToBeVisibleAsync();
        await Expect(supervisorPage.Locator("#institution-save")).ToBeDisabledAsync();
        await Expect(supervisorPage.Locator("#institution-rows [data-delete]")).ToBeDisabledAsync();
    }

    [Test]
    public async Task Softphone_InstitutionLineCall_ScreenPopNamesIt_PickerAddsThePoliceDesk_WrapUpRefers()
    {
        await using var center = await SoftphoneCenter.StartAsync(new Dictionary<string, string?>
        {
            ["CallControl:CenterNumber"] = "+8221234567", ["Institutions:LineNumbers:0"] = "+821345",
        });
        await DirectoryEntries.SaveAsync(await center.Server.CreateSignedInClientAsync(Roles.Operations));
        var email = await center.CreateCounselorAsync("c-vi", "vi");
        center.Twilio.Parties.Register(DirectoryEntries.PoliceDeskNumber, CalledParty.Answers());
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);
        await ConsolePages.SignInAsync(page, center, "/softphone/", email, shots);
        await page.ClickAsync("#go-available");
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "available");

        var caller = center.Twilio.PlaceIncomingCall(DirectoryEntries.HospitalNumber, new ScriptedParty(["4*"], bargeIn: true));

        await Expect(page.Locator("#accept")).ToBeEnabledAsync();
        await Expect(page.Locator("#incoming-details [data-field='field.interpretation']")).ToContainTextAsync("서울의료원 (Seoul Medical Center)");
        await shots.TakeAsync("institution-line-ringing");
        await page.ClickAsync("#accept");
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "oncall");
        await Expect(page.Locator("#call-details [data-field='field.interpretation']")).ToContainTextAsync("서울의료원");

        await page.FillAsync("#institution-search", "경찰");
        var desk = page.Locator($"#institution-results button[data-institution='{DirectoryEntries.PoliceId}'][data-department='{DirectoryEntries.PoliceDesk}']");
        await Expect(desk).ToBeVisibleAsync();
        await Expect(page.Locator("#institution-found")).ToContainTextAsync("1");
        await page.AssertAccessibleAsync("softphone with the institution picker");
        await desk.ClickAsync();
        await Expect(page.Locator("#parties")).ToContainTextAsync("영등포경찰서 외사계");
        Assert.That(center.Twilio.Calls.All.Any(call => call.To == DirectoryEntries.PoliceDeskNumber && call.From == "+8221234567"), Is.True,
            "the desk's number from the directory was rung from the center's number");
        await shots.TakeAsync("institution-picker-added");

        await page.ClickAsync("#hang-up");
        await Expect(page.Locator("#wrap-up")).ToBeVisibleAsync();
        await page.FillAsync("#referral-search", "police");
        await page.ClickAsync($"#referral-results button[data-institution='{DirectoryEntries.PoliceId}']");
        await Expect(page.Locator("#referral-chosen")).ToContainTextAsync("영등포경찰서");
        await page.FillAsync("#referral-what", "Assault at the workplace; the hospital treated the injury");
        await page.CheckAsync("#referral-consent");
        await page.AssertAccessibleAsync("wrap-up with a referral");
        await shots.TakeAsync("wrap-up-referral");
        await page.ClickAsync("#wrap-up-submit");
        await Expect(page.Locator("#presence-state")).ToHaveAttributeAsync("data-state", "available");

        await using var scope = center.Server.Services.CreateAsyncScope();
        var referral = await scope.ServiceProvider.GetRequiredService<InstitutionsDbContext>().Referrals.SingleAsync(r => r.CallSid == caller.Sid);
        Assert.That((referral.InstitutionId, referral.Consent, referral.Counselor), Is.EqualTo((DirectoryEntries.PoliceId, true, "c-vi")));
    }
}
