namespace Ivr.Server.Planning.Queueing;

/// <summary>
/// What a queue with <paramref name="Counselors"/> counselors delivers at a steady load, per arrival:
/// <paramref name="WaitProbability"/> the share that waits at all, <paramref name="ServiceLevel"/> the share answered
/// within the target seconds, <paramref name="AverageWaitSeconds"/> the mean time in queue over all arrivals (ASA in
/// Erlang C), <paramref name="Occupancy"/> the busy share of the counselors' time and <paramref name="AbandonProbability"/>
/// the share that hangs up while waiting (0 in Erlang C).
/// </summary>
public sealed record QueueMetrics(
    int Counselors, double WaitProbability, double ServiceLevel, double AverageWaitSeconds, double Occupancy, double AbandonProbability);
