using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Ivr.Server.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server of the test's own (initdb into a temporary folder, on a free loopback port) that the test may
/// stop and start again with <c>pg_ctl</c>, as an operator would. As root it runs as the postgres user the Debian
/// package created (initdb refuses root).
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"ivr-pg-{Guid.NewGuid():N}");
    private readonly string bin = Directory.GetDirectories("/usr/lib/postgresql").Select(version => Path.Combine(version, "bin"))
        .Where(folder => File.Exists(Path.Combine(folder, "pg_ctl"))).OrderBy(folder => folder, StringComparer.Ordinal).LastOrDefault()
        ?? throw new InvalidOperationException("PostgreSQL is not installed: run deploy/dev/services.sh up.");

    public int Port { get; } = FreePort();

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=ivr;Password=ivr;Database=ivr;Timeout=3";

    public static async Task<PrivatePostgres> StartAsync()
    {
        var postgres = new PrivatePostgres();
        await postgres.InitializeAsync();
        await postgres.StartServerAsync();
        await postgres.RunAsync("psql", $"-h 127.0.0.1 -p {postgres.Port} -U ivr -d postgres -qc \"CREATE DATABASE ivr\"");
        return postgres;
    }

    public Task StopServerAsync() => RunAsync(Path.Combine(bin, "pg_ctl"), $"stop -w -m fast -D {directory}/data");

    public Task StartServerAsync() => RunAsync(Path.Combine(bin, "pg_ctl"),
        $"start -w -t 60 -D {directory}/data -l {directory}/server.log -o \"-c listen_addresses=127.0.0.1 -p {Port} -c unix_socket_directories=''\"");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopServerAsync();
        }
        catch (InvalidOperationException)
        {
            // already stopped
        }
        Directory.Delete(directory, recursive: true);
    }

    private async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "password"), "ivr\n");
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", $"-R postgres: {directory}", asOwner: false);
        }
        await RunAsync(Path.Combine(bin, "initdb"), $"-D {directory}/data -U ivr --pwfile={directory}/password --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8");
    }

    private async Task RunAsync(string program, string arguments, bool asOwner = true)
    {
        var start = asOwner && Environment.UserName == "root"
            ? new ProcessStartInfo("runuser", $"-u postgres -- {program} {arguments}")
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["PGPASSWORD"] = "ivr";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
