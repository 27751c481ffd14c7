using System.Text.RegularExpressions;
using Ivr.Server.Tests.Deploy;

namespace Ivr.Server.Tests.Instances;

/// <summary>
/// deploy/nginx/ivr.conf as the tests run it: the same file with only its machine-specific lines replaced, the
/// upstream servers (each upstream gets the test's instances, with the deployed parameters) and the TLS listen
/// (plain HTTP on a loopback port, no certificate). <see cref="Substituted"/> says which lines those are, so a test
/// can check that everything else is the deployed file, line for line.
/// </summary>
public static partial class NginxConfig
{
    public static string DeployedPath => Path.Combine(DeployFiles.Folder, "nginx", "ivr.conf");

    public static string Render(string deployed, int listenPort, IReadOnlyList<int> instancePorts)
    {
        var output = new List<string>();
        var upstreamServers = 0;
        var listens = 0;
        foreach (var line in deployed.Split('\n'))
        {
            if (UpstreamServer().Match(line) is { Success: true } server)
            {
                // The first server line of each upstream stands for all of them; the others are dropped.
                if (server.Groups["address"].Value == FirstAddress(deployed))
                {
                    output.AddRange(instancePorts.Select(port => $"{server.Groups["indent"].Value}server 127.0.0.1:{port}{server.Groups["rest"].Value}"));
                }
                upstreamServers++;
                continue;
            }
            if (Listen().Match(line) is { Success: true } listen)
            {
                output.Add($"{listen.Groups["indent"].Value}listen 127.0.0.1:{listenPort};");
                listens++;
                continue;
            }
            if (Certificate().IsMatch(line))
            {
                continue;
            }
            output.Add(line);
        }
        if (upstreamServers == 0 || listens != 1)
        {
            throw new InvalidOperationException($"{DeployedPath} no longer has the shape the test renders: upstream servers ({upstreamServers}) and one TLS listen line ({listens}).");
        }
        return string.Join('\n', output);
    }

    /// <summary>True for the lines <see cref="Render"/> may replace or drop.</summary>
    public static bool Substituted(string line) => UpstreamServer().IsMatch(line) || Listen().IsMatch(line) || Certificate().IsMatch(line)
        || TestListen().IsMatch(line);

    private static string FirstAddress(string deployed) => UpstreamServer().Match(deployed).Groups["address"].Value;

    [GeneratedRegex(@"^(?<indent>\s*)server (?<address>[0-9.]+:[0-9]+)(?<rest>[^;]*;)\s*$", RegexOptions.Multiline)]
    private static partial Regex UpstreamServer();

    [GeneratedRegex(@"^(?<indent>\s*)listen 443 ssl[^;]*;\s*$")]
    private static partial Regex Listen();

    [GeneratedRegex(@"^\s*listen 127\.0\.0\.1:[0-9]+;\s*$")]
    private static partial Regex TestListen();

    [GeneratedRegex(@"^\s*ssl_certificate(_key)?\s")]
    private static partial Regex Certificate();
}
