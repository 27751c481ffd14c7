using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Ivr.Server.Tests.Instances;

/// <summary>
/// Debian's nginx in the foreground with a main configuration of the test's own, in a temporary folder, including
/// the rendered deploy/nginx/ivr.conf. Its access log names the instance (<c>$upstream_addr</c>) that served each
/// request, with the request's form body, so a test can tell which instance answered which webhook of which call.
/// </summary>
public sealed class NginxProcess : IAsyncDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("ivr-nginx-").FullName;
    private Process? process;

    public int Port { get; } = FreePort();

    public Uri Address => new($"http://127.0.0.1:{Port}");

    public string AccessLogPath => Path.Combine(directory, "access.log");

    public async Task StartAsync(IReadOnlyList<int> instancePorts)
    {
        var nginx = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx"
            : throw new InvalidOperationException("nginx is not installed: run deploy/dev/services.sh up (it installs Debian's nginx).");
        // nginx's workers run as nobody when started by root: the folder must be theirs to write temporary files in.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, (UnixFileMode)0b111_111_111);
        }
        var site = NginxConfig.Render(await File.ReadAllTextAsync(NginxConfig.DeployedPath), Port, instancePorts);
        await File.WriteAllTextAsync(Path.Combine(directory, "ivr.conf"), site);
        await File.WriteAllTextAsync(Path.Combine(directory, "nginx.conf"), $$"""
            daemon off;
            worker_processes 1;
            worker_rlimit_nofile 65536;
            pid {{directory}}/nginx.pid;
            error_log {{directory}}/error.log warn;
            events { worker_connections 16384; }
            http {
                log_format upstream '$upstream_addr $status $request_method $uri "$request_body"';
                access_log {{AccessLogPath}} upstream;
                client_body_temp_path {{directory}}/body;
                proxy_temp_path {{directory}}/proxy;
                fastcgi_temp_path {{directory}}/fastcgi;
                uwsgi_temp_path {{directory}}/uwsgi;
                scgi_temp_path {{directory}}/scgi;
                include {{directory}}/ivr.conf;
            }
            """);
        process = Process.Start(new ProcessStartInfo(nginx, $"-p {directory} -c {directory}/nginx.conf")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx stopped at start: {await process.StandardError.ReadToEndAsync()}");
            }
            if (await AcceptsConnectionsAsync())
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new InvalidOperationException($"nginx did not listen on port {Port}.");
    }

    /// <summary>The access log's lines so far: upstream address(es), status, method, path and form body.</summary>
    public IReadOnlyList<string> AccessLog()
    {
        using var stream = new FileStream(AccessLogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public string ErrorLog() => File.Exists(Path.Combine(directory, "error.log")) ? File.ReadAllText(Path.Combine(directory, "error.log")) : "";

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process?.Dispose();
        Directory.Delete(directory, recursive: true);
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
