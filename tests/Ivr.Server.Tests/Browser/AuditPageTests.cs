using System.Net.Http.Json;
using Ivr.Server.Authorization;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.Hours;
using Ivr.Server.Recordings;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>The console's audit log page in headless Chromium: newest first, paged, filtered; the recorded calls with a player.</summary>
public sealed class AuditPageTests
{
    [Test]
    public async Task AuditLog_PagesThroughEveryChange_AndFiltersByAction()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        var operations = await center.Server.CreateSignedInClientAsync(Roles.Operations);
        for (var day = 1; day <= 52; day++)
        {
            var date = new DateOnly(2027, 1, 1).AddDays(day);
            (await operations.PutAsJsonAsync($"/api/ivr/holidays/{date:yyyy-MM-dd}", new HolidayName($"Holiday {day}"))).EnsureSuccessStatusCode();
        }
        (await operations.PutAsJsonAsync("/api/ivr/closure", new ClosureUpdate(true, "Typhoon"))).EnsureSuccessStatusCode();
        (await operations.PutAsJsonAsync("/api/ivr/closure", new ClosureUpdate(false, null))).EnsureSuccessStatusCode();
        var (email, _) = await center.CreateAccountAsync(Roles.Supervisor);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);

        await ConsolePages.SignInAsync(page, center, "/console/audit/", email, shots);
        var rows = page.Locator("#audit-rows tr");
        await Expect(rows).ToHaveCountAsync(50);
        await Expect(rows.First.Locator("[data-field='action']")).ToHaveTextAsync("closure.off");
        await shots.TakeAsync("audit-first-page");
        await ConsolePages.AssertAccessibleAsync(page, "audit");

        await page.ClickAsync("#audit-more");
        await Expect(rows).ToHaveCountAsync(54);
        await Expect(page.Locator("#audit-more")).ToBeHiddenAsync();
        await Expect(rows.Last.Locator("[data-field='subject']")).ToHaveTextAsync("holiday:2027-01-02");

        await page.FillAsync("#audit-action", "closure");
        await page.ClickAsync("#audit-apply");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(1)).ToContainTextAsync("Typhoon");
        await page.ClickAsync("#language");
        await Expect(page.Locator("#audit-heading")).ToHaveTextAsync("설정 변경 기록 (최신순)");
        await shots.TakeAsync("audit-filtered-korean");
        await ConsolePages.AssertAccessibleAsync(page, "audit in Korean");
    }

    [Test]
    public async Task RecordedCalls_AreListedWithAPlayerThroughTheServer()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        var recordedAt = TimeProvider.System.GetUtcNow();
        await using (var scope = center.Server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CallRecordingStore>().AddAsync(new CallRecording
            {
                RecordingSid = "RE0123456789abcdef0123456789abcdef", CallSid = "CA0123456789abcdef0123456789abcdef", Type = RecordingTypes.Call,
                Language = "vi", Tags = "", Seconds = 42, RecordedAt = recordedAt, ExpiresAt = recordedAt.AddDays(90),
            }, CancellationToken.None);
        }
        var (email, _) = await center.CreateAccountAsync(Roles.Supervisor);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);

        await ConsolePages.SignInAsync(page, center, "/console/audit/", email, shots);
        var row = page.Locator("#recording-rows tr[data-call='CA0123456789abcdef0123456789abcdef']");
        await Expect(row).ToContainTextAsync("42");
        await Expect(row.Locator("audio")).ToHaveAttributeAsync("src",
            "/api/recordings/CA0123456789abcdef0123456789abcdef?recording=RE0123456789abcdef0123456789abcdef");
        await shots.TakeAsync("audit-recordings");
        await ConsolePages.AssertAccessibleAsync(page, "audit with recordings");
    }
}
