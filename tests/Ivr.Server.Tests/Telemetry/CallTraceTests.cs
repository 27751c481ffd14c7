using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Net;
using System.Xml.Linq;
using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.Tests.Hours;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Instrumentation.StackExchangeRedis;
using OpenTelemetry.Trace;
using static Ivr.Server.Tests.Ivr.IvrTestServer;

namespace Ivr.Server.Tests.Telemetry;

/// <summary>One call's webhook, the ACD's Redis scripts and the Twilio REST call it makes share one trace.</summary>
public sealed class CallTraceTests
{
    private readonly Spans spans = [];
    private IvrServerFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        var clock = new FakeTimeProvider(TestHours.Monday(10).ToUniversalTime());
        factory = await IvrServerFactory.StartAsync(replaceServices: services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            // Without an OTLP endpoint the server records no spans; here every span goes to memory.
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.SetSampler(new AlwaysOnSampler()).AddInMemoryExporter(spans));
            services.Configure<StackExchangeRedisInstrumentationOptions>(redis => redis.FlushInterval = TimeSpan.FromMilliseconds(100));
        });
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [Test]
    public async Task MenuWebhook_CallerMatchedToACounselor_RedisScriptsAndTwilioRestInTheWebhooksTrace()
    {
        var engine = factory.Services.GetRequiredService<AcdEngine>();
        await engine.UpsertCounselorAsync(new CounselorProfile("trace-counselor", new Dictionary<string, int> { ["en"] = 3 }));
        await engine.SignInAsync("trace-counselor");
        var callSid = NewCallSid();
        using var incoming = await PostAsync("/twilio/voice/incoming", Call(callSid));
        var menu = XDocument.Parse(await incoming.Content.ReadAsStringAsync());

        using var pressed = await PostAsync(GatherAction(menu), Call(callSid, ("Digits", "2"), ("FinishedOnKey", "*")));

        Assert.That(pressed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var webhook = await SpanAsync(span => span.Kind == ActivityKind.Server && span.GetTagItem("url.path") is "/twilio/voice/menu");
        // The Redis instrumentation reports a request's commands when its profiling session is drained.
        await SpanAsync(span => span.TraceId == webhook.TraceId && IsRedis(span));
        var trace = spans.Snapshot().Where(span => span.TraceId == webhook.TraceId).ToList();
        Assert.That(trace.Where(span => span.Source.Name == AcdTelemetry.Name).Select(span => span.GetTagItem("ivr.acd.outcome")), Does.Contain("matched"));
        Assert.That(trace.Where(span => span.Kind == ActivityKind.Client && span.Source.Name == "System.Net.Http")
            .Select(span => span.GetTagItem("url.full") as string), Has.Some.Contains("/Participants.json"));
    }

    private Task<HttpResponseMessage> PostAsync(string pathAndQuery, Dictionary<string, string> form) =>
        client.SendAsync(TwilioSigner.SignedPost("http://localhost" + pathAndQuery, form));

    private static bool IsRedis(Activity span) => span.GetTagItem("db.system") is "redis" || span.GetTagItem("db.system.name") is "redis";

    /// <summary>Spans are exported when they end, which may be just after the response: waits for the first that matches.</summary>
    private async Task<Activity> SpanAsync(Func<Activity, bool> match)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (spans.Snapshot().FirstOrDefault(match) is { } span)
            {
                return span;
            }
            await Task.Delay(100);
        }
        Assert.Fail("No such span was exported within 30 s.");
        return null!;
    }

    /// <summary>The exporter adds from any thread; the test reads a copy.</summary>
    private sealed class Spans : Collection<Activity>
    {
        protected override void InsertItem(int index, Activity item)
        {
            lock (this)
            {
                base.InsertItem(index, item);
            }
        }

        public List<Activity> Snapshot()
        {
            lock (this)
            {
                return [.. this];
            }
        }
    }
}
