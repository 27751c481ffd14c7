using Ivr.PhoneSim.Time;

namespace Ivr.PhoneSim.Tests.Time;

public sealed class AcceleratedTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void GetUtcNow_InnerClockAdvancesOneSecond_VirtualClockAdvancesBySpeedFactor()
    {
        var inner = new FakeTimeProvider(Start);
        var clock = new AcceleratedTimeProvider(60, inner, Start);
        inner.Advance(TimeSpan.FromSeconds(1));
        Assert.That(clock.GetUtcNow(), Is.EqualTo(Start.AddMinutes(1)));
    }

    [Test]
    public void GetElapsedTime_IsScaledLikeWallTime()
    {
        var inner = new FakeTimeProvider(Start);
        var clock = new AcceleratedTimeProvider(3600, inner, Start);
        var before = clock.GetTimestamp();
        inner.Advance(TimeSpan.FromSeconds(2));
        Assert.That(clock.GetElapsedTime(before), Is.EqualTo(TimeSpan.FromHours(2)));
    }

    [Test]
    public async Task Delay_OfOneVirtualHour_CompletesAfterOneInnerMinute()
    {
        var inner = new FakeTimeProvider(Start);
        var clock = new AcceleratedTimeProvider(60, inner, Start);
        var delay = Task.Delay(TimeSpan.FromHours(1), clock);
        inner.Advance(TimeSpan.FromSeconds(59));
        var earlyDone = delay.IsCompleted;
        inner.Advance(TimeSpan.FromSeconds(1));
        await delay.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Multiple(() =>
        {
            Assert.That(earlyDone, Is.False);
            Assert.That(delay.IsCompletedSuccessfully, Is.True);
        });
    }

    [Test]
    public void Constructor_FactorBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new AcceleratedTimeProvider(0.5));
}
