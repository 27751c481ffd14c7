using System.Diagnostics;

namespace Ivr.Server.Tests.Instances;

/// <summary>
/// Issue 18, part 1: three server processes behind nginx share one Redis and one PostgreSQL, and a call, a change or a
/// push does not care which instance it meets. The cluster starts once for the fixture (about 15 s); the tests run in
/// order, the instance crash last, as it leaves two instances.
/// </summary>
[NonParallelizable]
public sealed partial class SeveralInstancesTests
{
    private InstanceCluster cluster = null!;
    private HttpClient operations = null!;
    private string operationsToken = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        cluster = await InstanceCluster.StartAsync();
        using var anonymous = cluster.ThroughNginx();
        operationsToken = await Staff.SignInAsync(anonymous, InstanceCluster.OperationsEmail, InstanceCluster.Password);
        operations = cluster.ThroughNginx().As(operationsToken);
        await Staff.OpenAllHoursAsync(cluster.Nginx.Address);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        operations?.Dispose();
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails after <paramref name="seconds"/> with the servers' logs.</summary>
    private Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 30) => EventuallyAsync(condition, () => what, seconds);

    private Task EventuallyAsync(Func<bool> condition, Func<string> what, int seconds = 30) => EventuallyAsync(() => Task.FromResult(condition()), what, seconds);

    private async Task EventuallyAsync(Func<Task<bool>> condition, Func<string> what, int seconds = 30)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"Timed out after {seconds} s waiting until {what()}.\n{cluster.Logs()}");
    }

    private Task EventuallyAsync(Func<bool> condition, string what, int seconds = 30) => EventuallyAsync(() => Task.FromResult(condition()), what, seconds);
}
