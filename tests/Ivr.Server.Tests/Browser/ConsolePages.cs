using System.Text.RegularExpressions;
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
        await SignInThroughPageAsync(page, center, path, email, shots);
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path) + "$"));
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
    }

    /// <summary>As <see cref="SignInAsync"/>, as a new account of <paramref name="role"/>; the shell names the account.</summary>
    public static async Task OpenSignedInAsync(this IPage page, SimulatedCenter center, string role, string path)
    {
        var (email, _) = await center.CreateAccountAsync(role);
        await SignInThroughPageAsync(page, center, path, email, shots: null);
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path.Split('?')[0])));
        await Expect(page.Locator("#console-who")).Not.ToBeEmptyAsync(); // the header is drawn for the signed-in account
    }

    /// <summary>Runs axe-core on the page as it is and fails on any violation.</summary>
    public static async Task AssertAccessibleAsync(this IPage page, string what)
    {
        var result = await page.RunAxe();
        Assert.That(result.Violations.Select(violation => $"{violation.Id}: {violation.Help} ({string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString()))})"),
            Is.Empty, what);
    }

    private static async Task SignInThroughPageAsync(IPage page, SimulatedCenter center, string path, string email, Screenshots? shots)
    {
        await page.GotoAsync(center.Page(path).ToString());
        await Expect(page).ToHaveURLAsync(new Regex("/sign-in/"));
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", StaffAccounts.Password);
        if (shots is not null)
        {
            await shots.TakeAsync("sign-in");
        }
        await page.ClickAsync("#sign-in-submit");
    }
}
