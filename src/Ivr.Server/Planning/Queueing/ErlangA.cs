namespace Ivr.Server.Planning.Queueing;

/// <summary>
/// Erlang A (Palm's M/M/N+M: callers hang up after an exponential patience with the given mean), exactly from the
/// stationary distribution of its birth–death chain, as in Mandelbaum &amp; Zeltyn, "The Palm/Erlang-A Queue, with
/// Applications to Call Centers" (Technion, 2005) and pyworkforce <c>queuing/abandonment.py</c>: state k has births λ and
/// deaths min(k, N)·μ + max(k − N, 0)·θ. The states below N are summed in closed form through Erlang B
/// (Σ_{k&lt;N} π_k / π_N = 1/B − 1, with log(1/B) from its recursion so no factorial, power or huge ratio is ever
/// formed) and the waiting states term by term in logarithms until they are negligible. Then P(wait) = Σ_{j≥0} π_{N+j},
/// Lq = Σ j·π_{N+j}, P(abandon) = θ·Lq / λ, mean wait over all arrivals = Lq / λ (Little), occupancy = λ·(1 − P(abandon))·h / N.
/// The service level is the share of arrivals answered within t: those that do not wait, plus, for an arrival finding
/// j callers ahead, the chance that j + 1 queue departures (rate N·μ + i·θ with i ahead) come before both t and its own
/// patience, computed for every j at once by uniformization of that absorbing chain (Poisson weights in logarithms).
/// </summary>
public static class ErlangA
{
    /// <summary>Beyond this many waiting callers the chain is not summed: callers this patient make it Erlang C.</summary>
    private const int MaxWaiting = 2_000_000;

    /// <summary>Terms below e^-46 (about 1e-20) of the largest are dropped.</summary>
    private const double Negligible = 46;

    public static QueueMetrics Evaluate(int counselors, double load, double handleSeconds, double patienceSeconds, double targetSeconds)
    {
        ErlangC.Check(counselors, load);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(handleSeconds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(patienceSeconds);
        ArgumentOutOfRangeException.ThrowIfNegative(targetSeconds);
        if (load == 0)
        {
            return new QueueMetrics(counselors, 0, 1, 0, 0, 0);
        }
        var arrivals = load / handleSeconds;
        var service = counselors / handleSeconds;
        var abandon = 1 / patienceSeconds;
        if (double.IsInfinity(patienceSeconds) || (arrivals - service) / abandon > MaxWaiting)
        {
            return ErlangC.Evaluate(counselors, load, handleSeconds, targetSeconds);
        }

        var waiting = WaitingTerms(arrivals, service, abandon);
        var logBelow = LogInverseBlocking(counselors, load);
        logBelow += Math.Log(-double.ExpM1(-logBelow));
        var logTotal = LogAdd(logBelow, LogSum(waiting));
        var probabilities = waiting.Select(term => Math.Exp(term - logTotal)).ToArray();
        var waitProbability = probabilities.Sum();
        var queueLength = probabilities.Select((p, j) => p * j).Sum();
        var abandonProbability = Math.Min(1, abandon * queueLength / arrivals);
        var servedInTime = ServedWithin(targetSeconds, probabilities.Length, service, abandon);
        var serviceLevel = 1 - waitProbability + probabilities.Select((p, j) => p * servedInTime[j]).Sum();
        return new QueueMetrics(
            counselors, Math.Min(1, waitProbability), Math.Clamp(serviceLevel, 0, 1), queueLength / arrivals,
            Math.Min(1, load * (1 - abandonProbability) / counselors), abandonProbability);
    }

    /// <summary>log(π_{N+j} / π_N) for j = 0.. until the terms fall off.</summary>
    private static List<double> WaitingTerms(double arrivals, double service, double abandon)
    {
        var terms = new List<double> { 0 };
        var largest = 0.0;
        for (var j = 1; j <= MaxWaiting; j++)
        {
            var term = terms[^1] + Math.Log(arrivals) - Math.Log(service + j * abandon);
            terms.Add(term);
            largest = Math.Max(largest, term);
            if (service + j * abandon > arrivals && term < largest - Negligible)
            {
                break;
            }
        }
        return terms;
    }

    /// <summary>log(1 / B(N, A)) by 1/B(k) = 1 + (k / A)·1/B(k − 1), each step as a softplus in logarithms.</summary>
    internal static double LogInverseBlocking(int counselors, double load)
    {
        var logInverse = 0.0;
        var logLoad = Math.Log(load);
        for (var k = 1; k <= counselors; k++)
        {
            logInverse = LogAdd(0, Math.Log(k) - logLoad + logInverse);
        }
        return logInverse;
    }

    /// <summary>
    /// For j = 0..count−1 callers ahead: the probability to be answered within <paramref name="seconds"/> before hanging up.
    /// Position i moves to i − 1 (i = 0: answered) at N·μ + i·θ and hangs up at θ; uniformized at the largest total rate.
    /// </summary>
    private static double[] ServedWithin(double seconds, int count, double service, double abandon)
    {
        var served = new double[count];
        if (seconds == 0)
        {
            return served;
        }
        var rate = service + count * abandon;
        var mean = rate * seconds;
        var steps = (int)Math.Ceiling(mean + 10 * Math.Sqrt(mean) + 50);
        var reached = new double[count]; // P(answered after k uniformized steps | start at i)
        var logWeight = -mean;
        for (var k = 1; k <= steps; k++)
        {
            for (var i = Math.Min(count - 1, k - 1); i >= 0; i--)
            {
                var advance = (service + i * abandon) / rate;
                var stay = 1 - advance - abandon / rate;
                reached[i] = advance * (i == 0 ? 1 : reached[i - 1]) + stay * reached[i];
            }
            logWeight += Math.Log(mean) - Math.Log(k);
            var weight = Math.Exp(logWeight);
            for (var i = 0; i < Math.Min(count, k); i++)
            {
                served[i] += weight * reached[i];
            }
        }
        return served;
    }

    private static double LogAdd(double a, double b) =>
        a > b ? a + Math.Log(1 + Math.Exp(b - a)) : b + Math.Log(1 + Math.Exp(a - b));

    private static double LogSum(List<double> terms)
    {
        var largest = terms.Max();
        return largest + Math.Log(terms.Sum(term => Math.Exp(term - largest)));
    }
}
