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

    /// <summary>Callback id → the call whose place it took.</summary>
    public ConcurrentDictionary<string, string> Callbacks { get; } = new();

    /// <summary>Callbacks whose counselor accepted: the number is being dialled.</summary>
    public ConcurrentDictionary<string, byte> Dialling { get; } = new();

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
