using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Ivr.Server.Tests.Infrastructure;

/// <summary>
/// A redis-server of the test's own, on a free loopback port, that the test may stop, pause (<c>kill -STOP</c>) and
/// restart as an operator would. Its data lives in an append-only file in a folder of its own, as in production
/// (deploy/redis/redis.conf), so a restart keeps the live state.
/// </summary>
public sealed class PrivateRedis : IAsyncDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("ivr-redis-").FullName;
    private Process? process;

    public int Port { get; } = FreePort();

    public string ConnectionString => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        process = Process.Start(new ProcessStartInfo("redis-server",
            $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly yes --appendfsync everysec --dir {directory}")
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

    /// <summary>Kills the server at once (SIGKILL), as a crash would.</summary>
    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            Resume();
            process.Kill();
            await process.WaitForExitAsync();
        }
        process?.Dispose();
        process = null;
    }

    /// <summary>A clean restart (SIGTERM, so the append-only file is flushed), then the server again on the same port and data.</summary>
    public async Task RestartAsync(TimeSpan down)
    {
        Signal("TERM");
        await process!.WaitForExitAsync();
        process.Dispose();
        await Task.Delay(down);
        await StartAsync();
    }

    /// <summary>
    /// A restart that loses everything (the append-only file deleted while the server is down), as after a crash of a
    /// Redis without persistence or a failover to a replica that had nothing yet.
    /// </summary>
    public async Task RestartEmptyAsync(TimeSpan down)
    {
        Signal("TERM");
        await process!.WaitForExitAsync();
        process.Dispose();
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo folder)
            {
                folder.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }
        await Task.Delay(down);
        await StartAsync();
    }

    /// <summary>Freezes the server (<c>kill -STOP</c>): connections stay open and nothing answers, as in a long stall.</summary>
    public void Pause() => Signal("STOP");

    public void Resume() => Signal("CONT");

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(directory, recursive: true);
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {process!.Id}");
        kill.WaitForExit();
    }

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

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
