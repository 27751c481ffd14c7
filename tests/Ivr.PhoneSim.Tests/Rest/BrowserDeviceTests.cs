using System.Net;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Tests.Infrastructure;
using Twilio.Clients;
using Twilio.Rest.Api.V2010.Account;

namespace Ivr.PhoneSim.Tests.Rest;

/// <summary>
/// The browser device a softphone page drives: it registers client:{identity}, sees the ring as a server-sent
/// event, and answers, declines or hangs up over HTTP from another origin.
/// </summary>
public sealed class BrowserDeviceTests
{
    private SimHarness harness = null!;
    private TwilioRestClient twilio = null!;
    private HttpClient twilioHttp = null!;
    private HttpClient page = null!;

    [SetUp]
    public async Task SetUp()
    {
        harness = await SimHarness.StartAsync();
        (twilio, twilioHttp) = harness.Host.CreateTwilioClient();
        page = new HttpClient { BaseAddress = harness.Host.BaseUrl };
        harness.App.Twiml("/talk", "<Response><Pause length=\"600\"/></Response>");
    }

    [TearDown]
    public async Task TearDown()
    {
        page.Dispose();
        twilioHttp.Dispose();
        await harness.DisposeAsync();
    }

    [Test]
    public async Task RingingDevice_AcceptedThenHungUp_RunsTheCallAndEndsIt()
    {
        (await page.PostAsync("/devices/agent_1", null)).EnsureSuccessStatusCode();
        await using var events = await DeviceEvents.OpenAsync(page, "agent_1");
        Assert.That(await events.NextAsync(), Does.Contain("\"status\":\"ready\""));

        var created = await CallResource.CreateAsync(new global::Twilio.Types.Client("agent_1"), new global::Twilio.Types.PhoneNumber("+821345"),
            url: harness.App.Url("/talk"), client: twilio);
        Assert.That(await events.NextAsync(), Does.Contain("\"status\":\"ringing\"").And.Contain(created.Sid));

        var accepted = await page.PostAsync($"/devices/agent_1/calls/{created.Sid}/accept", null);
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await events.NextAsync(), Does.Contain("\"status\":\"connected\"").And.Contain(created.Sid), "straight from ringing to connected");
        await SimHarness.UntilAsync(() => harness.App.To("/talk").Count == 1);

        var hungUp = await page.PostAsync($"/devices/agent_1/calls/{created.Sid}/hangup", null);
        Assert.That(hungUp.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var call = harness.Sim.Calls.All.Single(c => c.Sid == created.Sid);
        await SimHarness.UntilAsync(() => call.IsEnded);
        Assert.That(call.Status, Is.EqualTo(CallStatuses.Completed));
        Assert.That(await events.NextUntilAsync("ready"), Does.Contain("\"callSid\":null"));
    }

    [Test]
    public async Task RingingDevice_Rejected_EndsTheLegBusy()
    {
        (await page.PostAsync("/devices/agent_2", null)).EnsureSuccessStatusCode();
        await using var events = await DeviceEvents.OpenAsync(page, "agent_2");
        await events.NextAsync();
        var created = await CallResource.CreateAsync(new global::Twilio.Types.Client("agent_2"), new global::Twilio.Types.PhoneNumber("+821345"),
            url: harness.App.Url("/talk"), client: twilio);
        await events.NextUntilAsync("ringing");

        var rejected = await page.PostAsync($"/devices/agent_2/calls/{created.Sid}/reject", null);

        Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var call = harness.Sim.Calls.All.Single(c => c.Sid == created.Sid);
        await SimHarness.UntilAsync(() => call.IsEnded);
        Assert.That(call.Status, Is.EqualTo(CallStatuses.Busy));
        Assert.That(harness.App.To("/talk"), Is.Empty, "a declined leg runs no TwiML");
    }

    [Test]
    public async Task AcceptingACallThatIsNotRinging_Answers409()
    {
        (await page.PostAsync("/devices/agent_3", null)).EnsureSuccessStatusCode();

        var response = await page.PostAsync("/devices/agent_3/calls/CA00000000000000000000000000000000/accept", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("not ringing"));
    }

    [Test]
    public async Task DeviceApi_AllowsThePageFromAnotherOrigin()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/devices/agent_4/calls/CA1/accept");
        preflight.Headers.Add("Origin", "http://127.0.0.1:5080");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");

        var response = await page.SendAsync(preflight);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { "*" }));
    }

    /// <summary>Reads a device's server-sent events one data line at a time.</summary>
    private sealed class DeviceEvents : IAsyncDisposable
    {
        private readonly HttpResponseMessage response;
        private readonly StreamReader reader;
        private readonly CancellationTokenSource limit = new(TimeSpan.FromSeconds(30));

        private DeviceEvents(HttpResponseMessage response, StreamReader reader)
        {
            this.response = response;
            this.reader = reader;
        }

        public static async Task<DeviceEvents> OpenAsync(HttpClient client, string identity)
        {
            var response = await client.GetAsync($"/devices/{identity}/events", HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/event-stream"));
            return new DeviceEvents(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        }

        public async Task<string> NextAsync()
        {
            while (await reader.ReadLineAsync(limit.Token) is { } line)
            {
                if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    return line;
                }
            }
            throw new EndOfStreamException("The device's event stream ended.");
        }

        public async Task<string> NextUntilAsync(string status)
        {
            while (true)
            {
                var data = await NextAsync();
                if (data.Contains($"\"status\":\"{status}\"", StringComparison.Ordinal))
                {
                    return data;
                }
            }
        }

        public ValueTask DisposeAsync()
        {
            reader.Dispose();
            response.Dispose();
            limit.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
