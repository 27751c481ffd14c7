using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Ivr.Server.Tests.EndToEnd;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ivr.Server.Tests.Browser;

/// <summary>What the console page tests share: signing in through the sign-in page, and the accessibility check.</summary>
public static class ConsolePages
{
    /// <summary>Opens <paramref name="path"/>, is sent to sign in, signs in as a new <paramref name="role"/> account and lands back.</summary>
    public static async Task OpenSignedInAsync(this IPage page, SimulatedCenter center, string role, string path)
    {
        var (email, _) = await center.CreateAccountAsync(role);
        await page.GotoAsync(center.Page(path).ToString());
        await Expect(page).ToHaveURLAsync(new Regex("/sign-in/"));
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", StaffAccounts.Password);
        await page.ClickAsync("#sign-in-submit");
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path.Split('?')[0])));
        await Expect(page.Locator("#who")).ToHaveTextAsync(email);
    }

    public static async Task AssertAccessibleAsync(this IPage page, string what)
    {
        var result = await page.RunAxe();
        Assert.That(result.Violations.Select(violation => $"{violation.Id}: {violation.Help} ({string.Join(", ", violation.Nodes.Select(node => node.Target))})"),
            Is.Empty, what);
    }
}
