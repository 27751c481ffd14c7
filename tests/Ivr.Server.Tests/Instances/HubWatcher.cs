using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Ivr.Server.Tests.Instances;

/// <summary>A page's SignalR connection to one hub of one instance, keeping every message it is pushed.</summary>
public sealed class HubWatcher : IAsyncDisposable
{
    private readonly HubConnection connection;

    private HubWatcher(HubConnection connection) => this.connection = connection;

    public ConcurrentQueue<JsonElement> Messages { get; } = new();

    public static async Task<HubWatcher> ConnectAsync(Uri instance, string hubPath, string message, string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(instance, hubPath), options => options.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        var watcher = new HubWatcher(connection);
        connection.On<JsonElement>(message, pushed => watcher.Messages.Enqueue(pushed));
        await connection.StartAsync();
        return watcher;
    }

    public Task InvokeAsync(string method, params object[] arguments) => connection.InvokeCoreAsync(method, arguments);

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
