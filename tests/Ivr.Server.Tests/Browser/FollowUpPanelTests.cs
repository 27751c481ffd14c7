using Ivr.Server.FollowUps;
using Ivr.Server.Tests.EndToEnd;
using Ivr.Server.Tests.FollowUps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// The softphone's Messages panel in headless Chromium against the real server, with recordings in the phone
/// simulator: the counselor's message shows, plays through the server, arrives live, is claimed and closed.
/// </summary>
public sealed class FollowUpPanelTests
{
    [Test]
    public async Task Messages_AppearPlayLiveAndLeaveWhenDone()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        var email = await center.CreateCounselorAsync("c-vi", "vi");
        var now = center.Server.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var first = await AddWithRecordingAsync(center, "vi", now.AddMinutes(-30), seconds: 8);
        await AddWithRecordingAsync(center, "zh", now.AddMinutes(-40), seconds: 5);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);

        await ConsolePages.SignInAsync(page, center, "/softphone/", email, shots);
        var items = page.Locator("#followup-list > li");
        await Expect(items).ToHaveCountAsync(1);
        var item = page.Locator($"li[data-task='{first.Id}']");
        await Expect(item.Locator("audio")).ToHaveAttributeAsync("src", $"/api/counselor/followups/{first.Id}/recording");
        Assert.That(await page.EvaluateAsync<int>("async src => (await (await fetch(src)).arrayBuffer()).byteLength", $"/api/counselor/followups/{first.Id}/recording"),
            Is.EqualTo(44 + 8 * 8000 * 2), "the simulator's recording, through the server");
        await Expect(page.Locator("#followups-count")).ToHaveTextAsync("1 waiting, oldest first");
        await page.AssertAccessibleAsync("softphone with a message");
        await shots.TakeAsync("message-waiting");

        // A new message in the counselor's language arrives live; the first item is kept as it is (a playing message keeps playing).
        await item.EvaluateAsync("element => element.dataset.kept = 'yes'");
        var second = await AddWithRecordingAsync(center, "vi", now.AddMinutes(-10), seconds: 3);
        await center.Server.Services.GetRequiredService<IFollowUpObserver>().FollowUpsChangedAsync("vi", CancellationToken.None);
        await Expect(items).ToHaveCountAsync(2);
        await Expect(items.Nth(1)).ToHaveAttributeAsync("data-task", second.Id.ToString());
        await Expect(item).ToHaveAttributeAsync("data-kept", "yes");

        // Claimed and released: back to Waiting for every counselor of the language.
        var newer = page.Locator($"li[data-task='{second.Id}']");
        await newer.GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();
        await Expect(newer.Locator("[data-field='state']")).ToHaveTextAsync("Claimed by you");
        await newer.GetByRole(AriaRole.Button, new() { Name = "Release" }).ClickAsync();
        await Expect(newer.Locator("[data-field='state']")).ToHaveTextAsync("Waiting");
        Assert.That((await center.Server.FindAsync(second.Id))!.ClaimedBy, Is.Null);

        await item.GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();
        await Expect(item.Locator("[data-field='state']")).ToHaveTextAsync("Claimed by you");
        await page.SelectOptionAsync($"#disposition-{first.Id}", "called-back");
        await page.FillAsync($"#note-{first.Id}", "Called back about her visa extension.");
        await page.AssertAccessibleAsync("softphone with a claimed message");
        await shots.TakeAsync("message-claimed");
        await item.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();

        await Expect(page.Locator($"li[data-task='{first.Id}']")).ToHaveCountAsync(0);
        await Expect(items).ToHaveCountAsync(1);
        Assert.That((await center.Server.FindAsync(first.Id))!.Disposition, Is.EqualTo("called-back"));
        await page.ClickAsync("#language");
        await Expect(page.Locator("#followups-heading")).ToHaveTextAsync("남긴 메시지");
        await Expect(items.First.GetByRole(AriaRole.Button, new() { Name = "맡기" })).ToBeVisibleAsync();
        await shots.TakeAsync("message-closed-korean");
    }

    [Test]
    public async Task Supervisor_SeesTheMessagesReadOnly()
    {
        await using var center = await SoftphoneCenter.StartAsync();
        await center.CreateCounselorAsync("c-th", "th");
        var (email, _) = await center.CreateAccountAsync(Authorization.Roles.Supervisor);
        var task = await AddWithRecordingAsync(center, "th", center.Server.Services.GetRequiredService<TimeProvider>().GetUtcNow(), seconds: 4);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();

        await ConsolePages.SignInAsync(page, center, "/softphone/?counselor=c-th", email, new Screenshots(page));

        var item = page.Locator($"li[data-task='{task.Id}']");
        await Expect(item.GetByRole(AriaRole.Button, new() { Name = "Claim" })).ToBeDisabledAsync();
        await Expect(item.Locator("audio")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("softphone watched read-only with a message");
    }

    private static Task<FollowUpTask> AddWithRecordingAsync(SimulatedCenter center, string language, DateTimeOffset createdAt, int seconds)
    {
        var recording = center.Twilio.Recordings.Start("CA" + Guid.NewGuid().ToString("N"));
        recording.Complete(seconds, center.Twilio.Clock.GetUtcNow());
        return center.Server.AddAsync(language, createdAt, recording.Sid, seconds: seconds);
    }
}
