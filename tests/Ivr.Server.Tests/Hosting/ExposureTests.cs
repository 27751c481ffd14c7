using System.Net;
using System.Text.Json;
using Ivr.Server.Authorization;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ivr.Server.Tests.Hosting;

/// <summary>What an anonymous visitor learns: pages with security headers, health status only, no OpenAPI document.</summary>
public sealed class ExposureTests
{
    private IvrServerFactory factory = null!;

    [OneTimeSetUp]
    public async Task StartServer() => factory = await IvrServerFactory.StartAsync();

    [OneTimeTearDown]
    public async Task StopServer() => await factory.DisposeAsync();

    [Test]
    public async Task Pages_CarryCspFrameDenialNosniffAndHsts()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://ivr.example.org") });

        var page = await client.GetAsync("/softphone/");

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.That(csp, Does.Contain("frame-ancestors 'none'").And.Contain("script-src 'self'").And.Not.Contain("unsafe-inline"));
        Assert.That(page.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
        Assert.That(page.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(page.Headers.Contains("Strict-Transport-Security"), Is.True);
    }

    [Test]
    public async Task Health_Anonymous_ShowsStatusesOnly_StaffSeeDetails()
    {
        var anonymous = await factory.CreateClient().GetStringAsync("/health");
        var staff = await (await factory.CreateSignedInClientAsync(Roles.Operations)).GetStringAsync("/health");

        using var brief = JsonDocument.Parse(anonymous);
        Assert.That(brief.RootElement.GetProperty("status").GetString(), Is.Not.Empty);
        Assert.That(anonymous, Does.Not.Contain("durationMs").And.Not.Contain("description").And.Not.Contain("data"));
        Assert.That(staff, Does.Contain("durationMs"));
    }

    [Test]
    public async Task OpenApi_OutsideDevelopment_NeedsASignIn()
    {
        var anonymous = await factory.CreateClient().GetAsync("/openapi/v1.json");
        var staff = await (await factory.CreateSignedInClientAsync(Roles.Counselor)).GetAsync("/openapi/v1.json");

        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(staff.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
