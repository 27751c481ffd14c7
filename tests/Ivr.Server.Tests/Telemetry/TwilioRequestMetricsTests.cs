using System.Net;
using Ivr.Server.Telemetry;
using Ivr.Server.Telephony.Rest;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.Telemetry;

/// <summary>
/// The Twilio REST client's attempts and Polly's retries, scraped. On the system clock: the retry back-off waits on
/// the server's TimeProvider.
/// </summary>
public sealed class TwilioRequestMetricsTests
{
    private IvrServerFactory factory = null!;
    private readonly HttpClient scraper = new();

    [OneTimeSetUp]
    public async Task Start() => factory = await IvrServerFactory.StartAsync();

    [OneTimeTearDown]
    public async Task Stop()
    {
        scraper.Dispose();
        await factory.DisposeAsync();
    }

    private async Task<string> ScrapeAsync()
    {
        using var response = await scraper.GetAsync(factory.Services.GetRequiredService<MetricsScrapeServer>().ScrapeUrl);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.Content.ReadAsStringAsync();
    }

    [Test]
    public async Task Scrape_AfterTwilioIsUnreachable_CountsEachAttemptAndPollyRetries()
    {
        string[] failedCalls = ["ivr_twilio_resource=\"Calls\"", "ivr_twilio_outcome=\"error\""];
        const string retry = "event_name=\"OnRetry\"";
        var before = await ScrapeAsync();
        var twilio = factory.Services.GetRequiredService<IHttpClientFactory>().CreateClient(TwilioRestClientServiceCollectionExtensions.HttpClientName);

        // Tests send Twilio REST calls to a closed loopback port; a read is safe to replay, so it is tried three times.
        Assert.ThrowsAsync<HttpRequestException>(() =>
            twilio.GetAsync($"https://api.twilio.com/2010-04-01/Accounts/{IvrServerFactory.AccountSid}/Calls/CA0123456789abcdef0123456789abcdef.json"));
        var after = await ScrapeAsync();

        Assert.That(PrometheusText.Sum(after, "ivr_twilio_requests_total", failedCalls) - PrometheusText.Sum(before, "ivr_twilio_requests_total", failedCalls),
            Is.GreaterThanOrEqualTo(3));
        Assert.That(PrometheusText.Sum(after, "resilience_polly_strategy_events_total", retry),
            Is.GreaterThan(PrometheusText.Sum(before, "resilience_polly_strategy_events_total", retry)));
    }
}
