using System.ComponentModel;
using System.Diagnostics;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.HighAvailability;

/// <summary>
/// Redis as a helpline would run it highly available: one primary, one replica and three sentinels (Debian's
/// redis-sentinel, quorum 2) on free loopback ports, each with its own folder; the primary and replica keep an
/// append-only file (<c>everysec</c>). The server connects through the sentinels by the service name.
/// Both refuse writes while no replica is in sync (<c>min-replicas-to-write 1</c>): without it, a primary that
/// Sentinel has replaced but not yet demoted goes on acknowledging writes that its demotion then discards.
/// </summary>
public sealed class PrivateSentinelGroup : IAsyncDisposable
{
    public const string ServiceName = "ivr-test";

    private readonly string directory = Directory.CreateTempSubdirectory("ivr-sentinel-").FullName;
    private readonly List<Process> processes = [];

    private PrivateSentinelGroup()
    {
    }

    /// <summary>0 shows the writes lost without the setting (set IVR_SENTINEL_MIN_REPLICAS=0).</summary>
    private static readonly int MinReplicasToWrite = int.Parse(Environment.GetEnvironmentVariable("IVR_SENTINEL_MIN_REPLICAS") ?? "1",
        System.Globalization.CultureInfo.InvariantCulture);

    public int FirstPrimaryPort { get; } = PrivateRedis.FreePort();

    public int FirstReplicaPort { get; } = PrivateRedis.FreePort();

    public IReadOnlyList<int> SentinelPorts { get; } = [PrivateRedis.FreePort(), PrivateRedis.FreePort(), PrivateRedis.FreePort()];

    /// <summary>StackExchange.Redis finds the primary through the sentinels (<c>serviceName</c>) and follows a failover.</summary>
    public string ConnectionString => string.Join(',', SentinelPorts.Select(port => $"127.0.0.1:{port}")) + $",serviceName={ServiceName}";

    public static async Task<PrivateSentinelGroup> StartAsync()
    {
        var group = new PrivateSentinelGroup();
        try
        {
            await group.StartProcessesAsync();
            return group;
        }
        catch (InvalidOperationException exception)
        {
            var logs = string.Join('\n', Directory.EnumerateFiles(group.directory, "*.log", SearchOption.AllDirectories)
                .Select(log => $"{Path.GetFileName(Path.GetDirectoryName(log))}/{Path.GetFileName(log)}:\n  " + string.Join("\n  ", File.ReadLines(log).TakeLast(8))));
            await group.DisposeAsync();
            throw new InvalidOperationException($"{exception.Message}\n{logs}", exception);
        }
    }

    private async Task StartProcessesAsync()
    {
        StartRedis(FirstPrimaryPort);
        StartRedis(FirstReplicaPort, $"--replicaof 127.0.0.1 {FirstPrimaryPort}");
        foreach (var port in SentinelPorts)
        {
            var config = Path.Combine(directory, $"sentinel-{port}.conf");
            // Sentinel rewrites its configuration file as it learns the group, so each has its own writable copy.
            await File.WriteAllLinesAsync(config,
            [
                $"port {port}", "bind 127.0.0.1", $"dir {directory}", $"logfile {directory}/sentinel-{port}.log",
                $"sentinel monitor {ServiceName} 127.0.0.1 {FirstPrimaryPort} 2",
                $"sentinel down-after-milliseconds {ServiceName} 5000",
                $"sentinel failover-timeout {ServiceName} 60000",
                $"sentinel parallel-syncs {ServiceName} 1",
            ]);
            Start("redis-sentinel", config);
        }
        await EventuallyAsync(() => Cli(FirstReplicaPort, "INFO", "replication").Contains("master_link_status:up", StringComparison.Ordinal),
            "the replica is in sync with the primary");
        foreach (var port in SentinelPorts)
        {
            await EventuallyAsync(() => Cli(port, "SENTINEL", "REPLICAS", ServiceName).Contains($"{FirstReplicaPort}", StringComparison.Ordinal)
                && Cli(port, "SENTINEL", "SENTINELS", ServiceName).Split('\n').Count(line => line.Trim() == "runid") == 2,
                $"sentinel {port} knows the replica and the other two sentinels");
        }
    }

    /// <summary>The port of the primary the sentinels report now.</summary>
    public int PrimaryPort() => int.Parse(Cli(SentinelPorts[0], "SENTINEL", "GET-MASTER-ADDR-BY-NAME", ServiceName).Split('\n')[1].Trim(),
        System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><c>SENTINEL FAILOVER</c> (as an operator would for maintenance) on the first sentinel; returns once it names the new primary.</summary>
    public async Task<int> FailoverAsync()
    {
        var before = PrimaryPort();
        var answer = Cli(SentinelPorts[0], "SENTINEL", "FAILOVER", ServiceName).Trim();
        if (answer != "OK")
        {
            throw new InvalidOperationException($"SENTINEL FAILOVER answered {answer}");
        }
        await EventuallyAsync(() => PrimaryPort() != before, "the sentinels name a new primary");
        return PrimaryPort();
    }

    /// <summary>Waits until the old primary is a replica of the new one, in sync.</summary>
    public Task FollowsAsync(int replica, int primary) => EventuallyAsync(() =>
            Cli(replica, "INFO", "replication") is var info && info.Contains($"master_port:{primary}", StringComparison.Ordinal)
            && info.Contains("master_link_status:up", StringComparison.Ordinal),
        $"{replica} follows {primary}");

    /// <summary>Runs redis-cli against a port of the group and returns what it printed.</summary>
    public string Cli(int port, params string[] arguments)
    {
        var start = new ProcessStartInfo("redis-cli", ["-h", "127.0.0.1", "-p", $"{port}", .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in processes)
        {
            if (!process.HasExited)
            {
                process.Kill();
                await process.WaitForExitAsync();
            }
            process.Dispose();
        }
        Directory.Delete(directory, recursive: true);
    }

    private void StartRedis(int port, string extra = "")
    {
        var data = Directory.CreateDirectory(Path.Combine(directory, $"redis-{port}")).FullName;
        Start("redis-server", $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly yes --appendfsync everysec --dir {data} --logfile {data}/redis.log " +
            $"--min-replicas-to-write {MinReplicasToWrite} --min-replicas-max-lag 10 {extra}");
    }

    private void Start(string program, string arguments)
    {
        try
        {
            processes.Add(Process.Start(new ProcessStartInfo(program, arguments) { UseShellExecute = false })!);
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"{program} could not be started: run deploy/dev/services.sh up tools to install it.", exception);
        }
    }

    private async Task EventuallyAsync(Func<bool> condition, string what)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (condition())
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"Timed out after 30 s waiting until {what}.");
    }
}
