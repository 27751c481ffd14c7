using System.Net;
using System.Reflection;
using Ivr.Server.Authorization;
using Ivr.Server.Softphone;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Accounts;

/// <summary>
/// What <see cref="EndpointAuthorizationTests"/> cannot walk (issue 19): files served without a route (the pages and
/// prompt audio, public by design, so each must hold no data) and the hubs' methods, each an asserted list, with the
/// negative cases: nothing outside the prompt folders is served, and a counselor cannot follow another counselor.
/// </summary>
public sealed class EndpointCoverageTests
{
    // The pages are static files with no data (every call they make is authorized): HTML, CSS, the bundled modules,
    // their source maps, the web fonts and the licence notes of the bundler and the fonts.
    private static readonly string[] PageFileTypes = [".html", ".css", ".js", ".map", ".woff2", ".LEGAL.txt"];

    // Hub methods a client may invoke, by hub. Adding one is a security decision: it must check the caller's role.
    private static readonly Dictionary<string, string[]> HubMethods = new()
    {
        ["SoftphoneHub"] = ["Watch"],
        ["StaffingHub"] = [],
        ["WallboardHub"] = [],
        ["AlertsHub"] = [],
    };

    private IvrServerFactory factory = null!;

    [OneTimeSetUp]
    public async Task StartServer() => factory = await IvrServerFactory.StartAsync(kestrel: true);

    [OneTimeTearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public void PageFiles_AreOnlyPageAssets()
    {
        var root = factory.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath;
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(root, file)).ToList();

        Assert.That(files, Is.Not.Empty);
        Assert.That(files.Where(file => !PageFileTypes.Any(type => file.EndsWith(type, StringComparison.Ordinal))), Is.Empty);
    }

    [TestCase("/prompts/audio/../../appsettings.json")]
    [TestCase("/prompts/audio/..%2f..%2fappsettings.json")]
    [TestCase("/prompts/recorded/%2e%2e/manifest.json")]
    [TestCase("/prompts/audio/")]
    [TestCase("/prompts/")]
    public async Task PromptAudio_NothingOutsideItsFoldersAndNoListing(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("ConnectionStrings").And.Not.Contain("\"prompts\""));
    }

    [Test]
    public void HubMethods_AreExactlyTheDeclaredOnes()
    {
        var hubs = typeof(SoftphoneHub).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(Hub)) && !type.IsAbstract);

        var methods = hubs.ToDictionary(hub => hub.Name, hub => hub.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(method => method.DeclaringType != typeof(Hub) && method.DeclaringType != typeof(object) && !method.IsSpecialName
                && method.Name is not (nameof(Hub.OnConnectedAsync) or nameof(Hub.OnDisconnectedAsync) or nameof(Hub.Dispose)))
            .Select(method => method.Name).Order().ToArray());

        Assert.That(methods, Is.EquivalentTo(HubMethods));
    }

    [Test]
    public async Task Counselor_FollowingAnotherCounselorsSoftphone_IsRefused_ASupervisorMay()
    {
        await using var counselor = await ConnectAsync(Roles.Counselor);
        await using var supervisor = await ConnectAsync(Roles.Supervisor);

        Assert.ThrowsAsync<HubException>(() => counselor.InvokeAsync("Watch", "c-someone-else"));
        Assert.DoesNotThrowAsync(() => supervisor.InvokeAsync("Watch", "c-someone-else"));
    }

    private async Task<HubConnection> ConnectAsync(string role)
    {
        var token = (await factory.CreateSignedInClientAsync(role)).DefaultRequestHeaders.Authorization!.Parameter;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.KestrelAddress!, SoftphoneHub.Path), options => options.AccessTokenProvider = () => Task.FromResult(token))
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
