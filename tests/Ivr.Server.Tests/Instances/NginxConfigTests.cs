namespace Ivr.Server.Tests.Instances;

/// <summary>
/// The nginx configuration the several-instance tests run is deploy/nginx/ivr.conf: rendering replaces only the
/// upstream servers and the TLS listen line, so every proxy setting the tests prove is the deployed one.
/// </summary>
public sealed class NginxConfigTests
{
    [Test]
    public async Task Render_DeployedFile_ChangesOnlyTheServersAndTheListenLine()
    {
        var deployed = await File.ReadAllTextAsync(NginxConfig.DeployedPath);

        var rendered = NginxConfig.Render(deployed, 18080, [18081, 18082, 18083]);

        Assert.That(Kept(rendered), Is.EqualTo(Kept(deployed)), "apart from servers and listen, the rendered file is the deployed one line for line");
        Assert.That(rendered, Does.Contain("    listen 127.0.0.1:18080;"));
        var servers = rendered.Split('\n').Where(line => line.TrimStart().StartsWith("server 127.0.0.1:", StringComparison.Ordinal)).ToList();
        Assert.That(servers, Has.Count.EqualTo(6), "both upstreams (webhooks and hubs) name the three instances");
        Assert.That(servers, Is.All.EndsWith(" max_fails=1 fail_timeout=10s;"), "with the deployed server parameters");
        Assert.That(rendered, Does.Not.Contain("ssl"));
    }

    [Test]
    public async Task NextUpstream_OnlyADeadInstancesErrorsCount_NotA503AllInstancesWouldGive()
    {
        // A 503 means Redis or PostgreSQL, which every instance shares, is unavailable: counted as an instance failure
        // (max_fails=1) it took both live instances out during a 5 s Redis stall, and nginx answered Twilio 502.
        var line = (await File.ReadAllLinesAsync(NginxConfig.DeployedPath)).Single(text => text.TrimStart().StartsWith("proxy_next_upstream ", StringComparison.Ordinal));

        Assert.That(line.Trim().TrimEnd(';').Split(' ').Skip(1), Is.EquivalentTo(new[] { "error", "timeout", "non_idempotent" }));
    }

    private static List<string> Kept(string config) => [.. config.Split('\n').Where(line => !NginxConfig.Substituted(line))];
}
