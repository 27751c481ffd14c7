namespace Ivr.Server.Planning.Queueing;

/// <summary>
/// Erlang C (M/M/N, callers wait as long as it takes) for an offered load A = arrivals per second × handle seconds,
/// as in acd-facts.md §4.1 (pyworkforce <c>queuing/erlang.py</c>): P(wait) from the Erlang B recursion
/// B(k) = A·B(k−1) / (k + A·B(k−1)), which never forms a factorial or a power and stays in [0, 1] for any load;
/// C = N·B / (N − A·(1 − B)); SL(t) = 1 − C·e^(−(N−A)·t/h); ASA = C·h / (N − A); occupancy = A / N.
/// With N ≤ A the queue grows without bound: everyone waits, nobody is answered in time and the counselors are always busy.
/// </summary>
public static class ErlangC
{
    /// <summary>Erlang B: the share of arrivals a loss system with <paramref name="counselors"/> servers would turn away.</summary>
    public static double Blocking(int counselors, double load)
    {
        Check(counselors, load);
        var blocking = 1.0;
        for (var k = 1; k <= counselors; k++)
        {
            blocking = load * blocking / (k + load * blocking);
        }
        return blocking;
    }

    public static double WaitProbability(int counselors, double load)
    {
        if (counselors <= load)
        {
            Check(counselors, load);
            return 1;
        }
        var blocking = Blocking(counselors, load);
        return counselors * blocking / (counselors - load * (1 - blocking));
    }

    public static QueueMetrics Evaluate(int counselors, double load, double handleSeconds, double targetSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(handleSeconds);
        ArgumentOutOfRangeException.ThrowIfNegative(targetSeconds);
        var wait = WaitProbability(counselors, load);
        if (counselors <= load)
        {
            return new QueueMetrics(counselors, 1, 0, double.PositiveInfinity, 1, 0);
        }
        var spare = counselors - load;
        return new QueueMetrics(
            counselors, wait, 1 - wait * Math.Exp(-spare * targetSeconds / handleSeconds), wait * handleSeconds / spare, load / counselors, 0);
    }

    internal static void Check(int counselors, double load)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(counselors);
        if (!double.IsFinite(load) || load < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(load), load, "The offered load must be a finite number of Erlangs, 0 or more.");
        }
    }
}
