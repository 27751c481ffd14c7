namespace Ivr.PhoneSim.Time;

/// <summary>
/// Virtual time that runs <see cref="Factor"/> times faster than an inner clock: a simulated hour passes in
/// 3600/Factor seconds. Timers are scaled too, so <c>Task.Delay(span, provider)</c> waits span/Factor of inner time.
/// </summary>
public sealed class AcceleratedTimeProvider : TimeProvider
{
    private readonly TimeProvider inner;
    private readonly DateTimeOffset virtualStart;
    private readonly long innerStart;

    public AcceleratedTimeProvider(double factor, TimeProvider? inner = null, DateTimeOffset? virtualStart = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1.0);
        Factor = factor;
        this.inner = inner ?? System;
        this.virtualStart = virtualStart ?? this.inner.GetUtcNow();
        innerStart = this.inner.GetTimestamp();
    }

    public double Factor { get; }

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override DateTimeOffset GetUtcNow() =>
        virtualStart + TimeSpan.FromTicks((long)(inner.GetElapsedTime(innerStart).Ticks * Factor));

    public override long GetTimestamp() => (long)((inner.GetTimestamp() - innerStart) * Factor);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(inner.CreateTimer(callback, state, ToInner(dueTime), ToInner(period)), this);

    internal TimeSpan ToInner(TimeSpan virtualSpan) =>
        virtualSpan == Timeout.InfiniteTimeSpan ? virtualSpan : TimeSpan.FromTicks((long)(virtualSpan.Ticks / Factor));

    private sealed class ScaledTimer(ITimer timer, AcceleratedTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => timer.Change(clock.ToInner(dueTime), clock.ToInner(period));

        public void Dispose() => timer.Dispose();

        public ValueTask DisposeAsync() => timer.DisposeAsync();
    }
}
