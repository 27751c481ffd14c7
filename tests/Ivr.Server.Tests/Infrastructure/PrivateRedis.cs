using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Ivr.Server.Tests.Infrastructure;

/// <summary>A redis-server of the test's own, on a free loopback port, that the test may stop and start again.</summary>
public sealed class PrivateRedis : IAsyncDisposable
{
    private Process? process;

    public int Port { get; } = FreePort();

    public string ConnectionString => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        process = Process.Start(new ProcessStartInfo("redis-server", $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server could not be started: run deploy/dev/services.sh up to install it.");
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await AcceptsConnectionsAsync())
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new InvalidOperationException($"redis-server did not start on port {Port}.");
    }

    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        process?.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task<bool> AcceptsConnectionsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
