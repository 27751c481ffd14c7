using Deque.AxeCore.Playwright;
using Ivr.Server.Tests.EndToEnd;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>What the console's browser tests share: signing in to a console page, and the accessibility check.</summary>
public static class ConsolePages
{
    /// <summary>Opens <paramref name="path"/>, is sent to the sign-in page, signs in and comes back to a ready page.</summary>
    public static async Task SignInAsync(IPage page, SimulatedCenter center, string path, string email, Screenshots shots)
    {
        await page.GotoAsync(center.Page(path).ToString());
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in/"));
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", StaffAccounts.Password);
        await shots.TakeAsync("sign-in");
        await page.ClickAsync("#sign-in-submit");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(path) + "$"));
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
    }

    /// <summary>Runs axe-core on the page as it is and fails on any violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        Assert.That(result.Violations.Select(violation => $"{violation.Id}: {violation.Help} ({string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString()))})"),
            Is.Empty, what);
    }
}
