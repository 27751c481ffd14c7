using System.Collections.Concurrent;
using Ivr.Acd;
using Ivr.Server.Menus;
using StackExchange.Redis;

namespace Ivr.Server.Configuration;

/// <summary>
/// Published configuration in memory, so a call costs no database read. A change reloads it here and tells
/// every other instance over Redis pub/sub. Menu versions are immutable and cached forever.
/// </summary>
public sealed class ConfigurationCache(
    IServiceScopeFactory scopes,
    IConnectionMultiplexer redis,
    ContactCenterKeys keys,
    CenterTimeZone timeZone,
    IEnumerable<IIvrSnapshotListener> listeners,
    ILogger<ConfigurationCache> logger) : IHostedService
{
    private readonly SemaphoreSlim reloading = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<int, MenuDefinition> versions = new();
    private volatile IvrSnapshot? current;

    /// <summary>The configuration last loaded; null until one was (no call can be answered with its menu before).</summary>
    public IvrSnapshot? Loaded => current;

    private RedisChannel Channel => RedisChannel.Literal(keys.Prefix + "config-changed");

    public ValueTask<IvrSnapshot> GetAsync(CancellationToken cancellationToken) =>
        current is { } snapshot ? ValueTask.FromResult(snapshot) : new ValueTask<IvrSnapshot>(ReloadAsync(cancellationToken));

    /// <summary>The menu of a version a call started on; null when no such version exists.</summary>
    public async ValueTask<MenuDefinition?> GetMenuAsync(int version, CancellationToken cancellationToken)
    {
        if (versions.TryGetValue(version, out var menu))
        {
            return menu;
        }
        await using var scope = scopes.CreateAsyncScope();
        menu = await scope.ServiceProvider.GetRequiredService<ConfigurationStore>().GetMenuAsync(version, cancellationToken);
        return menu is null ? null : versions.GetOrAdd(version, menu);
    }

    public async Task<IvrSnapshot> ReloadAsync(CancellationToken cancellationToken)
    {
        await reloading.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<ConfigurationStore>();
            await store.EnsureSeededAsync(cancellationToken);
            var (version, menu, hours) = await store.LoadAsync(timeZone.Zone, cancellationToken);
            var rememberedLanguage = await store.LoadRememberedLanguageAsync(cancellationToken);
            var waitingPolicies = await store.LoadWaitingPoliciesAsync(cancellationToken);
            var recordingSettings = await store.LoadRecordingSettingsAsync(cancellationToken);
            versions.TryAdd(version, menu);
            var snapshot = new IvrSnapshot(version, versions[version], hours, rememberedLanguage, waitingPolicies, recordingSettings);
            current = snapshot;
            foreach (var listener in listeners)
            {
                listener.SnapshotLoaded(snapshot);
            }
            return snapshot;
        }
        finally
        {
            reloading.Release();
        }
    }

    /// <summary>Call after committing a change: reloads here, then tells the other instances.</summary>
    public async Task ChangedAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        await redis.GetSubscriber().PublishAsync(Channel, "changed");
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _ = SubscribeAsync(stopping.Token);
        await ReloadQuietlyAsync();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        try
        {
            await redis.GetSubscriber().UnsubscribeAsync(Channel);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Redis is down or stalled: the subscription dies with the connection anyway.
        }
    }

    // The server starts even when Redis is down: keep trying; once subscribed, the multiplexer resubscribes by itself.
    private async Task SubscribeAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await redis.GetSubscriber().SubscribeAsync(Channel, (_, _) => _ = ReloadQuietlyAsync());
                return;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Subscribing to configuration changes failed; retrying.");
                await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task ReloadQuietlyAsync()
    {
        try
        {
            await ReloadAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next call retries the load; calls in progress keep the snapshot they have.
            logger.LogWarning(exception, "Reloading the IVR configuration failed.");
        }
    }
}
