using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ivr.Server.Alerts;
using Ivr.Server.Telemetry;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Tests.Alerts;

/// <summary>The webhook: a paging system on a loopback port receives each alert change, signed, retried after a failure.</summary>
public sealed class AlertWebhookTests
{
    private const string Secret = "a-shared-secret-of-the-paging-system-0123";

    [Test]
    public async Task RaisedAlert_IsPostedSigned_AfterTheReceiversFirst500()
    {
        await using var receiver = await Receiver.StartAsync(failFirst: 1);
        await using var center = await AlertsCenter.StartAsync(new Dictionary<string, string?>
        {
            ["Alerts:WebhookUrl"] = receiver.Url, ["Alerts:WebhookSecret"] = Secret, ["Alerts:WebhookRetryDelay"] = "00:00:00.05",
        });
        await center.WaitingAsync(3);

        await center.EvaluateAsync();

        await AlertsCenter.EventuallyAsync(() => receiver.Accepted.Count == 1, "the webhook took the alert");
        Assert.That(receiver.Attempts, Is.EqualTo(2), "one 500, then retried");
        var (timestamp, signature, body) = receiver.Accepted.Single();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
        Assert.That(signature, Is.EqualTo(expected));
        using var json = JsonDocument.Parse(body);
        Assert.That(json.RootElement.GetProperty("event").GetString(), Is.EqualTo("raised"));
        Assert.That(json.RootElement.GetProperty("alert").GetProperty("key").GetString(), Is.EqualTo("waiting-per-available:zh"));
    }

    [Test]
    public async Task AWebhookThatKeepsFailing_IsCounted_AndAlertingGoesOn()
    {
        await using var receiver = await Receiver.StartAsync(failFirst: int.MaxValue);
        await using var center = await AlertsCenter.StartAsync(new Dictionary<string, string?>
        {
            ["Alerts:WebhookUrl"] = receiver.Url, ["Alerts:WebhookSecret"] = Secret, ["Alerts:WebhookRetryDelay"] = "00:00:00.01",
            ["Alerts:WebhookRetries"] = "2",
        });
        using var failures = new CounterListener(center.Server.Services.GetRequiredService<IvrMetrics>().Meter, "ivr.alerts.webhook.failures");
        await center.WaitingAsync(3);

        await center.EvaluateAsync();
        await center.WaitingAsync(0);
        await center.EvaluateAsync(3);

        await AlertsCenter.EventuallyAsync(() => failures.Total == 2, "both changes (raised, cleared) counted as failed deliveries");
        Assert.That(receiver.Attempts, Is.EqualTo(6), "each change tried three times");
        var alerts = await center.AlertsAsync();
        Assert.That(alerts.Recent.Single().ClearedAt, Is.Not.Null, "the alert was raised and cleared all the same");
    }

    [TestCase("https://pager.example/hook", "short", "Alerts:WebhookSecret must be set (at least 32 characters)")]
    [TestCase("ftp://pager.example/hook", Secret, "Alerts:WebhookUrl must be an absolute http(s) URL")]
    public void AWebhookWithoutItsSecretOrWithABadUrl_IsRefusedNamingTheKey(string url, string secret, string reason)
    {
        using var server = UnstartedServer.Build("Production", new Dictionary<string, string?> { ["Alerts:WebhookUrl"] = url, ["Alerts:WebhookSecret"] = secret });

        var failure = Assert.Throws<OptionsValidationException>(() => _ = server.Services.GetRequiredService<IOptions<AlertsOptions>>().Value);

        Assert.That(failure!.Message, Does.Contain(reason));
    }

    /// <summary>A paging system: answers 500 to its first <c>failFirst</c> POSTs, then keeps what it is sent.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly WebApplication app;
        private int attempts;

        private Receiver(WebApplication app) => this.app = app;

        public ConcurrentQueue<(string Timestamp, string Signature, string Body)> Accepted { get; } = new();

        public int Attempts => Volatile.Read(ref attempts);

        public string Url => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/page";

        public static async Task<Receiver> StartAsync(int failFirst)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
            var app = builder.Build();
            var receiver = new Receiver(app);
            app.MapPost("/page", async (HttpRequest request) =>
            {
                using var reader = new StreamReader(request.Body);
                var body = await reader.ReadToEndAsync();
                if (Interlocked.Increment(ref receiver.attempts) <= failFirst)
                {
                    return Results.StatusCode(500);
                }
                receiver.Accepted.Enqueue((request.Headers["X-Ivr-Timestamp"].ToString(), request.Headers["X-Ivr-Signature"].ToString(), body));
                return Results.NoContent();
            });
            await app.StartAsync();
            return receiver;
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
