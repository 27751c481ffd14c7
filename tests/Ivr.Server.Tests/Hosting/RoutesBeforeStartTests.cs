using Ivr.Server.CallControl;
using Ivr.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Hosting;

/// <summary>
/// Background services start before the web server (minimal hosting starts it last), and one that rings a counselor
/// names a Twilio callback route. Before, routes became known only when the server built its pipeline: an instance
/// slow to start (a restart under load) failed its first sweeps with "No route named", and the reservations they made
/// were never rung (found by the fault programme).
/// </summary>
public sealed class RoutesBeforeStartTests
{
    [Test]
    public async Task PublicUrls_BeforeTheServerStarts_KnowsTheTwilioRoutes()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["CallControl:PublicBaseUrl"] = "https://ivr.example.org" });
        builder.AddIvrServer();
        await using var app = builder.Build();
        app.MapIvrServer();

        var url = app.Services.GetRequiredService<PublicUrls>().For(CounselorLegEndpoint.RouteName, new { reservationId = "r1" });

        Assert.That(url.ToString(), Is.EqualTo("https://ivr.example.org/twilio/voice/counselor/r1/status"));
    }
}
