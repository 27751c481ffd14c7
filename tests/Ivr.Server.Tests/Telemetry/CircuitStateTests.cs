using System.Net;
using Ivr.Server.Telemetry;
using Ivr.Server.Telephony.Rest;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;

namespace Ivr.Server.Tests.Telemetry;

/// <summary>The Twilio client's circuit breaker opens and the scrape says so (a server of its own: the breaker stays open).</summary>
public sealed class CircuitStateTests
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

    [Test]
    public async Task Scrape_TwilioUnreachableTenTimes_CircuitStateIsOpen()
    {
        var twilio = factory.Services.GetRequiredService<IHttpClientFactory>().CreateClient(TwilioRestClientServiceCollectionExtensions.HttpClientName);
        var url = $"https://api.twilio.com/2010-04-01/Accounts/{IvrServerFactory.AccountSid}/Calls/CA0123456789abcdef0123456789abcdef.json";

        // At least 10 attempts in 30 s, half of them failed, open the breaker; each read is tried up to three times.
        for (var request = 0; request < 10; request++)
        {
            try
            {
                using var response = await twilio.GetAsync(url);
            }
            catch (Exception exception) when (exception is HttpRequestException or BrokenCircuitException)
            {
            }
        }
        using var scrape = await scraper.GetAsync(factory.Services.GetRequiredService<MetricsScrapeServer>().ScrapeUrl);

        Assert.That(PrometheusText.Sum(await scrape.Content.ReadAsStringAsync(), "ivr_resilience_circuit_state", "pipeline_name=\"Twilio-twilio\""), Is.EqualTo(2));
    }
}
