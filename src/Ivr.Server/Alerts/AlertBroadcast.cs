using System.Text.Json;
using Ivr.Acd;
using Ivr.Server.Redis;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace Ivr.Server.Alerts;

/// <summary>
/// An alert's change reaches every console, whichever instance it is connected to: the instance that made the change
/// announces it on Redis pub/sub (<c>{cc:NAME}:alerts</c>) and every instance (this one too) pushes it to its own
/// pages. While Redis is away the change is pushed to this instance's pages only; the other pages read the list again
/// when they reconnect (docs/alerts.md).
/// </summary>
public sealed class AlertBroadcast(IConnectionMultiplexer redis, ContactCenterKeys keys, IHubContext<AlertsHub> hub, TimeProvider time,
    ILogger<AlertBroadcast> logger) : IHostedService
{
    private readonly CancellationTokenSource stopping = new();

    private RedisChannel Channel => RedisChannel.Literal(keys.Prefix + "alerts");

    public async Task AnnounceAsync(AlertEvent change, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(change, JsonSerializerOptions.Web);
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel, json);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Could not announce alert {Id} {Event}; pushing to this instance's pages only", change.Alert.Id, change.Event);
            await PushAsync(json);
        }
    }

    private async Task PushAsync(string json)
    {
        try
        {
            await hub.Clients.All.SendAsync(AlertsHub.Message, JsonSerializer.Deserialize<JsonElement>(json));
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not push an alert to the console pages");
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = RedisSubscription.KeepAsync(redis, Channel, json => _ = PushAsync(json.ToString()), time, logger, stopping.Token);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => stopping.CancelAsync();
}
