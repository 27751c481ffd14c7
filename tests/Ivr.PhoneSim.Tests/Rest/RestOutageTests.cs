using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Ivr.PhoneSim.Rest;
using Ivr.PhoneSim.Tests.Infrastructure;

namespace Ivr.PhoneSim.Tests.Rest;

/// <summary>An injected outage of the REST API: 503 at once, or held until it ends; webhooks are not affected, and it ends on time.</summary>
public sealed class RestOutageTests
{
    [Test]
    public async Task Unavailable_AnswersEveryRequest503UntilItEnds()
    {
        await using var harness = await SimHarness.StartAsync();
        using var http = Client(harness);

        // Long enough for the first request of a cold client on a loaded machine to land inside it.
        var began = Stopwatch.StartNew();
        harness.Sim.RestOutage.Begin(RestOutageKind.Unavailable, TimeSpan.FromSeconds(3));
        var during = await http.GetAsync($"/2010-04-01/Accounts/{harness.AccountSid}/Calls.json");
        await Task.Delay(TimeSpan.FromSeconds(3.2) - began.Elapsed is { Ticks: > 0 } left ? left : TimeSpan.Zero);
        var after = await http.GetAsync($"/2010-04-01/Accounts/{harness.AccountSid}/Calls.json");

        Assert.That(during.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(await during.Content.ReadAsStringAsync(), Does.Contain("20503"));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Timeout_HoldsTheRequestUntilTheOutageEnds()
    {
        await using var harness = await SimHarness.StartAsync();
        using var http = Client(harness);

        harness.Sim.RestOutage.Begin(RestOutageKind.Timeout, TimeSpan.FromSeconds(1));
        var held = Stopwatch.StartNew();
        var response = await http.GetAsync($"/2010-04-01/Accounts/{harness.AccountSid}/Calls.json");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.GatewayTimeout));
        Assert.That(held.Elapsed, Is.GreaterThan(TimeSpan.FromSeconds(0.5)), "held, not answered at once");
    }

    private static HttpClient Client(SimHarness harness)
    {
        var http = new HttpClient { BaseAddress = harness.Host.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.ASCII.GetBytes($"{harness.AccountSid}:{SimHarness.AuthToken}")));
        return http;
    }
}
