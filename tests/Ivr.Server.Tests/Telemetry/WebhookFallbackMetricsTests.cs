using System.Net;
using Ivr.Server.Telemetry;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Telemetry;

/// <summary>A voice webhook answered by the fail-safe's fallback (a 200 the caller hears) still counts as a fault.</summary>
public sealed class WebhookFallbackMetricsTests
{
    [Test]
    public async Task Scrape_IncomingCallWhileRedisIsUnreachable_CountsAFaultOnTheIncomingRoute()
    {
        await using var factory = await IvrServerFactory.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = "127.0.0.1:1,connectTimeout=200",
        });
        using var scraper = new HttpClient();

        using var incoming = await factory.CreateClient().SendAsync(TwilioSigner.SignedPost("http://localhost/twilio/voice/incoming", Call(NewCallSid())));
        const string fault = "error_type=\"fault\"", route = "ivr_webhook_route=\"twilio-voice-incoming\"";
        var faults = 0.0;
        for (var attempt = 0; attempt < 30 && faults < 1; attempt++)
        {
            await Task.Delay(100); // the scrape answer is cached for a moment
            faults = PrometheusText.Sum(await scraper.GetStringAsync(factory.Services.GetRequiredService<MetricsScrapeServer>().ScrapeUrl), "ivr_webhook_failures_total", route, fault);
        }

        Assert.That(incoming.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await incoming.Content.ReadAsStringAsync(), Does.Contain("<Say"), "the caller hears the fallback");
        Assert.That(faults, Is.EqualTo(1));
    }
}
