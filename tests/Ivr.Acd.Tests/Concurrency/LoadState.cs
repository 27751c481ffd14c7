using System.Collections.Concurrent;
using Ivr.Acd.Model;

namespace Ivr.Acd.Tests.Concurrency;

/// <summary>What the load's workers share: the clock and what they know about callers and reservations.</summary>
public sealed class LoadState(FakeTimeProvider time)
{
    private readonly ConcurrentQueue<Match> reservations = new();

    public FakeTimeProvider Time { get; } = time;

    public ConcurrentDictionary<string, string> Joined { get; } = new();

    public ConcurrentDictionary<string, byte> HungUp { get; } = new();

    public ConcurrentDictionary<string, byte> Connected { get; } = new();

    public ConcurrentBag<Match> AllMatches { get; } = [];

    public void Record(IEnumerable<Match> matches)
    {
        foreach (var match in matches)
        {
            AllMatches.Add(match);
            reservations.Enqueue(match);
        }
    }

    public Match? TakeReservation() => reservations.TryDequeue(out var match) ? match : null;
}
