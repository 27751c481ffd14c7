using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Alerts;

/// <summary>
/// Posts each alert change this instance made to <see cref="AlertsOptions.WebhookUrl"/>, signed
/// (<see cref="AlertWebhookSignature"/>), through a queue of its own: alerting never waits for the paging system. The
/// HTTP client retries with Polly (<see cref="AlertsServiceCollectionExtensions"/>); a change it still could not
/// deliver is logged and counted (<c>ivr.alerts.webhook.failures</c>), and the next ones are sent all the same.
/// </summary>
public sealed class AlertWebhook(IHttpClientFactory clients, IOptions<AlertsOptions> options, AlertMetrics metrics, TimeProvider clock,
    ILogger<AlertWebhook> logger) : BackgroundService
{
    public const string HttpClientName = "AlertsWebhook";

    private readonly Channel<AlertEvent> pending = Channel.CreateBounded<AlertEvent>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public void Enqueue(AlertEvent change)
    {
        if (options.Value.WebhookUrl is not null && !pending.Writer.TryWrite(change))
        {
            metrics.WebhookFailed(change.Event);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in pending.Reader.ReadAllAsync(stoppingToken))
            {
                await SendAsync(change, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SendAsync(AlertEvent change, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var body = JsonSerializer.Serialize(change, JsonSerializerOptions.Web);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, settings.WebhookUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add(AlertWebhookSignature.TimestampHeader, timestamp);
            request.Headers.Add(AlertWebhookSignature.SignatureHeader, AlertWebhookSignature.Sign(settings.WebhookSecret!, timestamp, body));
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                Failed(change, $"HTTP {(int)response.StatusCode}", null);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            Failed(change, exception.GetType().Name, exception);
        }
    }

    private void Failed(AlertEvent change, string reason, Exception? exception)
    {
        metrics.WebhookFailed(change.Event);
        logger.LogWarning(exception, "The alert webhook did not take alert {Id} {Event} after its retries ({Reason})", change.Alert.Id, change.Event, reason);
    }
}
