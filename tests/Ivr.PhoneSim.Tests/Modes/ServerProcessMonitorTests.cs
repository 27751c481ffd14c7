using System.Diagnostics;
using Ivr.PhoneSim.Modes;

namespace Ivr.PhoneSim.Tests.Modes;

public sealed class ServerProcessMonitorTests
{
    [Test]
    public async Task Samples_AProcessesCpuTimeAndResidentMemory()
    {
        await using var monitor = new ServerProcessMonitor(Environment.ProcessId, TimeSpan.FromMilliseconds(100)).Start();
        var spin = Stopwatch.StartNew();
        while (spin.ElapsedMilliseconds < 400)
        {
            // Burn CPU so the samples differ.
        }
        await Task.Delay(200);

        var samples = monitor.Samples;
        Assert.Multiple(() =>
        {
            Assert.That(samples, Has.Count.GreaterThanOrEqualTo(3));
            Assert.That(samples[^1].CpuSeconds, Is.GreaterThan(samples[0].CpuSeconds));
            Assert.That(samples.Select(s => s.RssBytes), Is.All.GreaterThan(10 * 1024 * 1024));
            Assert.That(monitor.Report(), Does.Contain("RSS start"));
        });
    }

    [Test]
    public async Task StopsSampling_WhenTheProcessIsGone()
    {
        await using var monitor = new ServerProcessMonitor(int.MaxValue, TimeSpan.FromMilliseconds(50)).Start();
        await Task.Delay(200);

        Assert.That(monitor.Report(), Does.StartWith("server process: no samples"));
    }
}
