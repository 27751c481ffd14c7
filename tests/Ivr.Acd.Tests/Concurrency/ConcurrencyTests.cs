using Ivr.Acd.Events;
using Ivr.Acd.Model;
using Ivr.Acd.Tests.Infrastructure;

namespace Ivr.Acd.Tests.Concurrency;

public sealed class ConcurrencyTests
{
    private const int Callers = 1000;
    private const int Counselors = 100;
    private const int Instances = 4;

    [Test]
    public async Task FourInstances_ThousandCallersAndHundredCounselorsAtRandom_NothingDoubledOrLost()
    {
        await using var bed = new AcdTestBed(LoadRules.Settings);
        var random = new Random(1345);
        var counselorIds = Enumerable.Range(0, Counselors).Select(i => $"agent{i:000}").ToList();
        foreach (var id in counselorIds)
        {
            var skills = LoadRules.Languages.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToDictionary(language => language, _ => random.Next(1, 6));
            await bed.Engine.UpsertCounselorAsync(new CounselorProfile(id, skills) { Teams = random.Next(4) == 0 ? ["victim-support"] : [] });
        }
        var callSids = Enumerable.Range(0, Callers).Select(i => $"CA{i:0000}").ToList();
        var state = new LoadState(bed.Time);
        var connections = Enumerable.Range(0, Instances).Select(_ => TestRedis.Connect()).ToList();
        try
        {
            var workers = connections.Select((connection, i) => new LoadWorker(
                bed.NewEngine(connection), 100 + i, callSids.Where((_, n) => n % Instances == i).ToList(), counselorIds, state));

            await Task.WhenAll(workers.Select(worker => Task.Factory.StartNew(() => worker.RunAsync(600), TaskCreationOptions.LongRunning).Unwrap()));
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }

        var events = await bed.EventsAsync();
        Assert.That(EventReplay.DoubleAssignments(events), Is.Empty);
        Assert.That(await bed.ViolationsAsync(), Is.Empty);
        Assert.That(state.AllMatches.Select(match => match.ReservationId).Distinct().Count(), Is.EqualTo(events.Count(e => e.Type == CallEventTypes.Reserved)));

        var answered = events.Where(e => e.Type == CallEventTypes.Answered).Select(e => e.CallSid).ToHashSet();
        var hungUp = events.Where(e => e.Type == CallEventTypes.QueueLeft && e.Fields["reason"] == "hangup").Select(e => e.CallSid).ToHashSet();
        Assert.That(hungUp, Is.EquivalentTo(state.HungUp.Keys));
        var askedForCallback = state.Callbacks.Values.ToHashSet();
        foreach (var callSid in callSids)
        {
            var status = await bed.Engine.GetCallerStatusAsync(callSid);
            Assert.That(status is not null || answered.Contains(callSid) || hungUp.Contains(callSid) || askedForCallback.Contains(callSid),
                Is.True, $"{callSid} was lost");
        }
        HashSet<string> Of(string type) => events.Where(e => e.Type == type).Select(e => e.CallSid).ToHashSet();
        var (connected, failed, cancelled) = (Of(CallEventTypes.CallbackConnected), Of(CallEventTypes.CallbackFailed), Of(CallEventTypes.CallbackCancelled));
        Assert.That(Of(CallEventTypes.CallbackRequested), Is.EquivalentTo(state.Callbacks.Keys));
        foreach (var callbackId in state.Callbacks.Keys)
        {
            // A connected callback whose call goes on is in the engine as a call: counted as connected.
            var present = await bed.Engine.GetCallbackAsync(callbackId) is { State: not CallbackState.Connected };
            Assert.That(new[] { present, connected.Contains(callbackId), failed.Contains(callbackId), cancelled.Contains(callbackId) }.Count(seen => seen),
                Is.EqualTo(1), $"callback {callbackId}: in the engine, or ended one way (connected, failed, cancelled)");
        }

        await TestContext.Out.WriteLineAsync(
            $"events {events.Count}, reservations {state.AllMatches.Count}, answered {answered.Count}, hung up {hungUp.Count}, " +
            $"callbacks {state.Callbacks.Count} (connected {connected.Count}, failed {failed.Count}, cancelled {cancelled.Count})");
        var stats = await Task.WhenAll(LoadRules.Languages.Select(bed.Engine.GetStatisticsAsync));
        Assert.That(stats.Sum(s => s.AnsweredToday), Is.EqualTo(answered.Count));
        Assert.That(stats.Sum(s => s.AbandonedToday), Is.EqualTo(hungUp.Count));
        Assert.That((stats.Sum(s => s.CallbacksConnectedToday), stats.Sum(s => s.CallbacksFailedToday)), Is.EqualTo(((long)connected.Count, (long)failed.Count)));
        Assert.That(answered, Has.Count.GreaterThan(100), "the load should have connected a fair number of calls");
        Assert.That(connected, Has.Count.GreaterThan(5), "the load should have connected some callbacks");
        Assert.That(failed, Is.Not.Empty, "and failed some");
    }
}
