using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Ivr.Benchmarks.Load;

/// <summary>
/// Sleeps until a moment of <see cref="Stopwatch"/>'s clock with microsecond precision and without spinning, so an
/// open-loop generator starts each request when it is due: Task.Delay and Thread.Sleep wake up to a millisecond
/// late, which the latency of every request scheduled after them would include.
/// </summary>
public static partial class Pacer
{
    private const int ClockMonotonic = 1;
    private const int AbsoluteTime = 1;
    private const int SetTimerSlack = 29;

    /// <summary>Asks the kernel to wake this thread within a microsecond of the time it asks for (default: 50 µs).</summary>
    public static void UseFineTimerSlack()
    {
        if (OperatingSystem.IsLinux())
        {
            _ = prctl(SetTimerSlack, 1000, 0, 0, 0);
        }
    }

    public static void SleepUntil(long timestamp)
    {
        if (!OperatingSystem.IsLinux() || !Stopwatch.IsHighResolution || Stopwatch.Frequency != 1_000_000_000)
        {
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
            if (wait > TimeSpan.Zero)
            {
                Thread.Sleep(wait);
            }
            return;
        }
        // On Linux Stopwatch reads CLOCK_MONOTONIC in nanoseconds, so its timestamp is the kernel's absolute time.
        var due = new Timespec { Seconds = timestamp / 1_000_000_000, Nanoseconds = timestamp % 1_000_000_000 };
        while (clock_nanosleep(ClockMonotonic, AbsoluteTime, in due, IntPtr.Zero) == 4)
        {
            // EINTR: a signal woke the thread early; sleep on to the same absolute time.
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc")]
    private static partial int clock_nanosleep(int clock, int flags, in Timespec request, IntPtr remain);

    [LibraryImport("libc")]
    private static partial int prctl(int option, ulong arg2, ulong arg3, ulong arg4, ulong arg5);
}
