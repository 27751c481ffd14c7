using System.Net;
using Ivr.Server.Telemetry;
using Ivr.Server.Tests.Hours;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Telemetry;

/// <summary>The real server on the real Redis and PostgreSQL, scraped on its loopback listener as Prometheus would.</summary>
public sealed class MetricsScrapeTests
{
    private IvrServerFactory factory = null!;
    private FakeTimeProvider clock = null!;
    private HttpClient client = null!;
    private readonly HttpClient scraper = new();

    [OneTimeSetUp]
    public async Task Start()
    {
        // Monday 10:00 in Seoul: the languages are open and a caller who presses 2* joins the English queue.
        clock = new FakeTimeProvider(TestHours.Monday(10).ToUniversalTime());
        factory = await IvrServerFactory.StartAsync(replaceServices: services => services.AddSingleton<TimeProvider>(clock));
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        scraper.Dispose();
        client.Dispose();
        await factory.DisposeAsync();
    }

    private Uri ScrapeUrl => factory.Services.GetRequiredService<MetricsScrapeServer>().ScrapeUrl!;

    private async Task<string> ScrapeAsync()
    {
        using var response = await scraper.GetAsync(ScrapeUrl);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.Content.ReadAsStringAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string pathAndQuery, Dictionary<string, string> form) =>
        client.SendAsync(TwilioSigner.SignedPost("http://localhost" + pathAndQuery, form));

    [Test]
    public async Task Scrape_AfterACallerJoinsTheQueue_WebhookAndDecisionCountersMoved()
    {
        var before = await ScrapeAsync();
        var callSid = NewCallSid();

        using var incoming = await PostAsync("/twilio/voice/incoming", Call(callSid));
        var menu = System.Xml.Linq.XDocument.Parse(await incoming.Content.ReadAsStringAsync());
        using var pressed = await PostAsync(GatherAction(menu), Call(callSid, ("Digits", "2"), ("FinishedOnKey", "*")));
        var after = await ScrapeAsync();

        Assert.That(pressed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        const string incomingRoute = "ivr_webhook_route=\"twilio-voice-incoming\"";
        Assert.That(PrometheusText.Sum(after, "ivr_webhook_duration_seconds_count", incomingRoute),
            Is.GreaterThan(PrometheusText.Sum(before, "ivr_webhook_duration_seconds_count", incomingRoute)));
        const string english = "ivr_language=\"en\"";
        Assert.That(PrometheusText.Sum(after, "ivr_acd_decisions_total", english),
            Is.GreaterThan(PrometheusText.Sum(before, "ivr_acd_decisions_total", english)));
        Assert.That(PrometheusText.Sum(after, "ivr_acd_decision_duration_seconds_count", english),
            Is.GreaterThan(PrometheusText.Sum(before, "ivr_acd_decision_duration_seconds_count", english)));
    }

    [Test]
    public async Task Scrape_CallerWaitingInEnglish_QueueGaugeShowsThemAfterTheNextSample()
    {
        var callSid = NewCallSid();
        using var incoming = await PostAsync("/twilio/voice/incoming", Call(callSid));
        var menu = System.Xml.Linq.XDocument.Parse(await incoming.Content.ReadAsStringAsync());
        using var pressed = await PostAsync(GatherAction(menu), Call(callSid, ("Digits", "2"), ("FinishedOnKey", "*")));

        // The gauges read a picture sampled every Telemetry:QueueSampleInterval (5 s), never Redis during a scrape.
        clock.Advance(TimeSpan.FromSeconds(5));
        var waiting = 0.0;
        for (var attempt = 0; attempt < 100 && waiting < 1; attempt++)
        {
            await Task.Delay(100);
            waiting = PrometheusText.Sum(await ScrapeAsync(), "ivr_queue_waiting", "ivr_language=\"en\"");
        }

        Assert.That(waiting, Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task Scrape_AfterAnUnsignedWebhook_CountsTheRefusal()
    {
        const string refused = "error_type=\"invalid_signature\"";
        var before = PrometheusText.Sum(await ScrapeAsync(), "ivr_webhook_failures_total", refused);

        using var response = await client.PostAsync("/twilio/voice/incoming", new FormUrlEncodedContent(Call(NewCallSid())));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(PrometheusText.Sum(await ScrapeAsync(), "ivr_webhook_failures_total", refused), Is.GreaterThan(before));
    }

    [Test]
    public async Task Scrape_AfterAMessageIsLeftAndAFailedRecording_CountsStoredAndNotKept()
    {
        const string stored = "ivr_result=\"stored\"", notKept = "ivr_result=\"not-kept\"";
        var before = await ScrapeAsync();
        var caller = factory.Services.GetRequiredService<global::Ivr.Server.FollowUps.CallerNumbers>().Protect("+821012345678");

        foreach (var status in new[] { "completed", "failed" })
        {
            using var response = await PostAsync($"/twilio/voice/message/recording?language=vi&caller={caller}", Call(NewCallSid(),
                ("RecordingSid", "RE" + Guid.NewGuid().ToString("N")), ("RecordingStatus", status), ("RecordingDuration", "12")));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }
        var after = await ScrapeAsync();

        Assert.That(PrometheusText.Sum(after, "ivr_followups_messages_total", stored), Is.EqualTo(PrometheusText.Sum(before, "ivr_followups_messages_total", stored) + 1));
        Assert.That(PrometheusText.Sum(after, "ivr_followups_messages_total", notKept), Is.EqualTo(PrometheusText.Sum(before, "ivr_followups_messages_total", notKept) + 1));
    }

    [Test]
    public async Task Metrics_OnThePublicPort_IsNotServed()
    {
        using var response = await client.GetAsync("/metrics");

        // The fallback policy asks for a sign-in; signed in, the public port has no such route either.
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("ivr_"));
    }

    [Test]
    public void ScrapeListener_ByDefault_IsOnLoopback()
    {
        Assert.That(IPAddress.IsLoopback(IPAddress.Parse(ScrapeUrl.Host)), Is.True);
    }
}
