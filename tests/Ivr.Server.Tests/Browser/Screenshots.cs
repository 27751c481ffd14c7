using Ivr.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// Saves a screenshot of each state a test walks through under the repository's TestResults/screenshots/{test}/
/// (the test command's results folder) and attaches it to the test's result.
/// </summary>
public sealed class Screenshots(IPage page)
{
    private int count;

    public async Task TakeAsync(string state)
    {
        var folder = Path.Combine(ResultsFolder(), "screenshots", TestContext.CurrentContext.Test.Name);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{++count:00}-{state}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        TestContext.AddTestAttachment(file, state);
    }

    private static string ResultsFolder() => Path.Combine(RepositoryFolder.Find() ?? TestContext.CurrentContext.WorkDirectory, "TestResults");
}
