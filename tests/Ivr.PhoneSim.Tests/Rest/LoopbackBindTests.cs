using Ivr.PhoneSim.Journal;
using Ivr.PhoneSim.Rest;

namespace Ivr.PhoneSim.Tests.Rest;

/// <summary>The simulator's REST and device APIs take no credentials and any origin, so they listen on loopback only (issue 19).</summary>
public sealed class LoopbackBindTests
{
    [TestCase("http://0.0.0.0:0")]
    [TestCase("http://+:5080")]
    [TestCase("http://*:5080")]
    [TestCase("http://[::]:0")]
    [TestCase("http://192.0.2.10:5080")]
    public async Task Start_OnANonLoopbackAddress_IsRefused(string url)
    {
        await using var sim = NewSimulator();

        var refused = Assert.ThrowsAsync<ArgumentException>(() => SimulatorHost.StartAsync(sim, url));

        Assert.That(refused!.Message, Does.Contain("loopback only"));
    }

    [TestCase("http://127.0.0.1:0")]
    [TestCase("http://[::1]:0")]
    public async Task Start_OnLoopback_Listens(string url)
    {
        await using var sim = NewSimulator();

        await using var host = await SimulatorHost.StartAsync(sim, url);

        Assert.That(host.BaseUrl.IsLoopback, Is.True);
    }

    private static SimulatedTwilio NewSimulator() => new(new SimulatorOptions(), TimeProvider.System, new HttpClient(), new MemoryJournal());
}
