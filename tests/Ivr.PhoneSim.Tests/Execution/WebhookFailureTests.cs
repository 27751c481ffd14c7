using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Ivr.PhoneSim.Tests.Execution;

/// <summary>A webhook slower than 15 s or answering non-TwiML: the caller hears the application error, the call ends, the error is recorded.</summary>
public sealed class WebhookFailureTests
{
    [Test]
    public async Task Webhook_SlowerThanTimeout_CallEndsWithApplicationErrorAnd11205()
    {
        var httpClock = new FakeTimeProvider();
        await using var harness = await SimHarness.StartAsync(httpClock);
        var entered = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        harness.App.Handle("/voice", async _ =>
        {
            entered.TrySetResult();
            await release.Task;
            return TwimlTestApp.Xml("<Response/>");
        });
        var call = harness.Call();
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        httpClock.Advance(TimeSpan.FromSeconds(16));
        await SimHarness.EndedAsync(call);
        release.SetResult();
        AssertApplicationError(harness, call.Sid, "11205");
    }

    [Test]
    public async Task Webhook_AnswersJson_CallEndsWithApplicationErrorAnd12300()
    {
        await using var harness = await SimHarness.StartAsync();
        harness.App.Handle("/voice", _ => Task.FromResult(Results.Json(new { hello = "world" })));
        var call = await SimHarness.EndedAsync(harness.Call());
        AssertApplicationError(harness, call.Sid, "12300");
    }

    [Test]
    public async Task Webhook_AnswersServerError_CallEndsWithApplicationErrorAnd11200()
    {
        await using var harness = await SimHarness.StartAsync();
        harness.App.Handle("/voice", _ => Task.FromResult(Results.StatusCode(500)));
        var call = await SimHarness.EndedAsync(harness.Call());
        AssertApplicationError(harness, call.Sid, "11200");
    }

    [Test]
    public async Task Webhook_AnswersMalformedXml_CallEndsWithApplicationErrorAnd12100()
    {
        await using var harness = await SimHarness.StartAsync();
        harness.App.Twiml("/voice", "<Response><Say>unclosed</Response>");
        var call = await SimHarness.EndedAsync(harness.Call());
        AssertApplicationError(harness, call.Sid, "12100");
    }

    [Test]
    public async Task Webhook_FailsWithFallbackUrl_FallbackGetsErrorCodeAndControlsTheCall()
    {
        await using var harness = await SimHarness.StartAsync();
        harness.Sim.Options.VoiceFallbackUrl = harness.App.Url("/fallback");
        harness.App.Handle("/voice", _ => Task.FromResult(Results.StatusCode(503)));
        harness.App.Twiml("/fallback", "<Response><Say>We are having trouble. Please call again later.</Say></Response>");
        var call = await SimHarness.EndedAsync(harness.Call());
        var fallback = harness.App.To("/fallback").Single();
        Assert.Multiple(() =>
        {
            Assert.That(fallback["ErrorCode"], Is.EqualTo("11200"));
            Assert.That(fallback["ErrorUrl"], Is.EqualTo(harness.App.Url("/voice").ToString()));
            Assert.That(fallback["CallSid"], Is.EqualTo(call.Sid));
            Assert.That(harness.Journal.Events.Any(e => e.CallSid == call.Sid && e.Data.GetValueOrDefault("text") == SimulatorOptions.ApplicationError), Is.False);
        });
    }

    private static void AssertApplicationError(SimHarness harness, string callSid, string code)
    {
        var events = harness.Journal.Events.Where(e => e.CallSid == callSid).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(events.Any(e => e.Kind == SimEventKinds.Error && e.Data["code"] == code), Is.True, "error " + code + " recorded");
            Assert.That(events.Any(e => e.Kind == SimEventKinds.Verb && e.Data.GetValueOrDefault("text") == SimulatorOptions.ApplicationError), Is.True);
            Assert.That(harness.Sim.Calls.Find(callSid)!.Status, Is.EqualTo("completed"));
        });
    }
}
