using Microsoft.Playwright;

namespace Ivr.Server.Tests.Browser;

/// <summary>
/// Debian's chromium (apt-get install chromium; deploy/dev/services.sh installs it) driven by Playwright, headless,
/// with a fresh profile per session. Playwright never downloads a browser here.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright playwright;
    private readonly DirectoryInfo profile;

    private HeadlessChromium(IPlaywright playwright, DirectoryInfo profile, IBrowserContext context)
    {
        this.playwright = playwright;
        this.profile = profile;
        Context = context;
    }

    public IBrowserContext Context { get; }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        Assert.That(File.Exists(ExecutablePath), Is.True, $"{ExecutablePath} is missing: apt-get install -y chromium (deploy/dev/services.sh up does).");
        var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("ivr-chromium-");
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
            Locale = "en-US",
            TimezoneId = "Asia/Seoul",
            ViewportSize = new ViewportSize { Width = 1100, Height = 1000 },
        });
        // A page waits for the call flow's real timers: allow it time, then fail with what the page shows.
        context.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        // The page's own errors go to the test's output, where a failure is diagnosed.
        context.Console += (_, message) => TestContext.Progress.WriteLine($"browser {message.Type}: {message.Text}");
        context.WebError += (_, error) => TestContext.Progress.WriteLine($"browser error: {error.Error}");
        context.RequestFailed += (_, request) => TestContext.Progress.WriteLine($"browser request failed: {request.Method} {request.Url} {request.Failure}");
        // Only this machine's servers: a request elsewhere (Twilio's SDK reaching for its cloud) is aborted, never sent.
        await context.RouteAsync(url => !IsLoopback(url), route => route.AbortAsync("blockedbyclient"));
        return new HeadlessChromium(playwright, profile, context);
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Scheme is "data" or "blob" or "about");

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        playwright.Dispose();
        profile.Delete(recursive: true);
    }
}
