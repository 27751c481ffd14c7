using Ivr.Server.Authorization;
using Ivr.Server.Tests.EndToEnd;
using Ivr.Server.Tests.Prompts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// The prompts page in headless Chromium on a private prompt folder (one synthesized file): the coverage matrix
/// shows each cell's source, a cell with audio plays it, a file that is not WAV is refused, and a recording uploaded
/// for a missing cell turns it into a recorded one that a call would play.
/// </summary>
public sealed class PromptsPageTests
{
    [Test]
    public async Task CoverageMatrix_PlayACell_AndUploadARecording()
    {
        await using var center = await SimulatedCenter.StartAsync(
            new Dictionary<string, string?> { ["Prompts:Directory"] = TestPrompts.CreateFolder("ko/greeting.wav") }, kestrel: true);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page);
        await page.OpenSignedInAsync(center, Roles.Operations, "/console/prompts/");
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");

        var koreanGreeting = page.Locator("#matrix td[data-key='greeting'][data-language='ko']");
        var khmerGreeting = page.Locator("#matrix td[data-key='greeting'][data-language='km']");
        await Expect(koreanGreeting).ToHaveAttributeAsync("data-source", "synthesized");
        await Expect(khmerGreeting).ToHaveAttributeAsync("data-source", "missing");
        await Expect(page.Locator("#matrix td[data-key='greeting'][data-language='en']")).ToHaveAttributeAsync("data-source", "tts");
        await shots.TakeAsync("coverage-matrix");
        await page.AssertAccessibleAsync("prompts page");

        await koreanGreeting.Locator("button").ClickAsync();
        await Expect(page.Locator("#player")).ToHaveAttributeAsync("src", "/prompts/audio/ko/greeting.wav");
        var audio = await page.APIRequest.GetAsync(center.Page("/prompts/audio/ko/greeting.wav").ToString());
        Assert.That(audio.Status, Is.EqualTo(200));
        Assert.That(await audio.BodyAsync(), Is.EqualTo(TestPrompts.Wave));

        await khmerGreeting.Locator("button").ClickAsync();
        await Expect(page.Locator("#cell-source")).ToHaveAttributeAsync("data-source", "missing");
        await page.SetInputFilesAsync("#recording", new FilePayload { Name = "greeting.mp3", MimeType = "audio/mpeg", Buffer = "ID3 not a wave file"u8.ToArray() });
        await page.ClickAsync("#upload");
        await Expect(page.Locator("#message")).ToContainTextAsync("The MP3 file");
        await Expect(khmerGreeting).ToHaveAttributeAsync("data-source", "missing");
        await page.SetInputFilesAsync("#recording", new FilePayload { Name = "greeting.txt", MimeType = "text/plain", Buffer = "not a recording"u8.ToArray() });
        await page.ClickAsync("#upload");
        await Expect(page.Locator("#message")).ToContainTextAsync("Only WAV, MP3 or Ogg Vorbis");

        await page.SetInputFilesAsync("#recording", new FilePayload { Name = "greeting.wav", MimeType = "audio/wav", Buffer = TestPrompts.Wave });
        await page.ClickAsync("#upload");
        await Expect(page.Locator("#status")).ToContainTextAsync("Recording for greeting (km) uploaded");
        await Expect(khmerGreeting).ToHaveAttributeAsync("data-source", "recorded");
        await Expect(page.Locator("#player")).ToHaveAttributeAsync("src", "/prompts/recorded/km/greeting.wav");
        Assert.That((await page.APIRequest.GetAsync(center.Page("/prompts/recorded/km/greeting.wav").ToString())).Status, Is.EqualTo(200));
        await shots.TakeAsync("khmer-greeting-recorded");

        await page.ClickAsync("#language");
        await Expect(page.Locator("#matrix-heading")).ToHaveTextAsync("적용 현황 (안내 × 언어)");
        await shots.TakeAsync("prompts-korean");
        await page.AssertAccessibleAsync("prompts page (Korean)");
    }
}
