using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ivr.Server.Tests.Deploy;

/// <summary>
/// The built server as its own process, started with exactly the environment given (nothing inherited but what the
/// dotnet host itself needs), as a container or a pod would start it.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly string[] HostVariables = ["PATH", "HOME", "DOTNET_ROOT", "TMPDIR"];

    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServerProcess(Process process, Uri address, Uri? metrics)
    {
        this.process = process;
        Address = address;
        MetricsAddress = metrics;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>The metrics scrape listener, when the server was started on a known one.</summary>
    public Uri? MetricsAddress { get; }

    public bool HasExited => process.HasExited;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Runs a server command (such as <c>migrate</c>) to its end; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(IReadOnlyDictionary<string, string> environment, params string[] command)
    {
        using var process = Process.Start(StartInfo(environment, command))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>
    /// Starts the server listening on free ports: the public one on loopback (in place of the image's
    /// <c>http://+:8080</c>), and the metrics listener on any free port (so a server already running here does not clash).
    /// A restarted instance is given its old ports (nginx's upstreams are fixed).
    /// </summary>
    public static ServerProcess Start(IReadOnlyDictionary<string, string> environment, int? port = null, int? metricsPort = null)
    {
        var publicPort = port ?? FreePort();
        var start = StartInfo(environment, null);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{publicPort}";
        start.Environment["Telemetry__ScrapePort"] = (metricsPort ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ServerProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{publicPort}"),
            metricsPort is { } metrics ? new Uri($"http://127.0.0.1:{metrics}") : null);
    }

    /// <summary>Kills the process at once (SIGKILL, <c>kill -9</c>), as a crash would: nothing is flushed or drained.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> environment, string[]? command)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(ServerAssembly)!,
        };
        start.ArgumentList.Add(ServerAssembly);
        foreach (var argument in command ?? [])
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment.Clear();
        foreach (var name in HostVariables)
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                start.Environment[name] = value;
            }
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        return start;
    }

    /// <summary>src/Ivr.Server's build output of the same configuration as these tests.</summary>
    public static string ServerAssembly
    {
        get
        {
            var testOutput = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
            var path = testOutput.Replace($"{Path.DirectorySeparatorChar}tests{Path.DirectorySeparatorChar}Ivr.Server.Tests{Path.DirectorySeparatorChar}",
                $"{Path.DirectorySeparatorChar}src{Path.DirectorySeparatorChar}Ivr.Server{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
            var assembly = Path.Combine(path, "Ivr.Server.dll");
            return File.Exists(assembly) ? assembly : throw new FileNotFoundException($"The server is not built at {assembly}.");
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
