using System.Collections.Concurrent;
using System.Globalization;
using Ivr.Acd.Engine;
using Ivr.Acd.Model;

namespace Ivr.Acd.Tests.Concurrency;

/// <summary>
/// One engine instance's share of the load: callers arrive and sometimes hang up or ask for a callback, counselors
/// flip presence, reservations are answered in every way, callbacks' dials connect or fail and some are cancelled,
/// calls end. Reservations go into a pool any worker may answer, so workers race on the same reservation as real
/// server instances would.
/// </summary>
public sealed class LoadWorker(AcdEngine engine, int seed, IReadOnlyList<string> callSids, IReadOnlyList<string> counselors, LoadState state)
{
    private readonly Random random = new(seed);

    public async Task RunAsync(int extraOperations)
    {
        var pending = new Queue<string>(callSids);
        var operations = 0;
        while (pending.Count > 0 || operations < extraOperations)
        {
            operations++;
            var roll = random.Next(100);
            if (roll < 30 && pending.TryDequeue(out var callSid))
            {
                var language = LoadRulesLanguage();
                var tags = random.Next(10) == 0 ? new[] { "victim-support" } : [];
                var result = await engine.EnqueueCallerAsync(new EnqueueRequest(callSid, language, random.Next(3), tags, random.Next(2) == 0));
                state.Joined.TryAdd(callSid, language);
                state.Record(result.Matches);
            }
            else if (roll < 36 && Pick(state.Joined.Keys) is { } leaving)
            {
                var result = await engine.RemoveCallerAsync(leaving, "hangup");
                if (result.Removed && result.StateBefore != CallerState.Connected)
                {
                    state.HungUp.TryAdd(leaving, 0);
                }
                state.Record(result.Matches);
            }
            else if (roll < 44 && Pick(state.Joined.Keys) is { } asking)
            {
                var result = await engine.RequestCallbackAsync(asking, "+8210" + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
                    random.Next(4) == 0 ? state.Time.GetUtcNow().AddSeconds(random.Next(1, 60)) : null);
                if (result.Outcome == CallbackOutcome.Requested)
                {
                    state.Callbacks.TryAdd(result.Status!.CallbackId, asking);
                }
                state.Record(result.Matches);
            }
            else if (roll < 58)
            {
                await FlipCounselorAsync(counselors[random.Next(counselors.Count)]);
            }
            else if (roll < 81 && state.TakeReservation() is { } match)
            {
                await AnswerAsync(match);
            }
            else if (roll < 86 && Pick(state.Dialling.Keys) is { } dialled && state.Dialling.TryRemove(dialled, out _))
            {
                await DialOutcomeAsync(dialled);
            }
            else if (roll == 86 && Pick(state.Callbacks.Keys) is { } cancelled)
            {
                state.Record((await engine.CancelCallbackAsync(cancelled, "operations")).Matches);
            }
            else if (roll < 95 && Pick(state.Connected.Keys) is { } ended)
            {
                state.Connected.TryRemove(ended, out _);
                state.Record((await engine.CallEndedAsync(ended)).Matches);
            }
            else
            {
                state.Time.Advance(TimeSpan.FromMilliseconds(random.Next(500, 3000)));
                state.Record((await engine.SweepAsync()).Matches);
            }
        }
    }

    private async Task FlipCounselorAsync(string counselor)
    {
        var result = random.Next(6) switch
        {
            0 or 1 => await engine.SetAvailableAsync(counselor),
            2 => await engine.SetBreakAsync(counselor, "training"),
            3 => await engine.SignOutAsync(counselor),
            _ => await engine.WrapUpDoneAsync(counselor),
        };
        state.Record(result.Matches);
    }

    private async Task AnswerAsync(Match match)
    {
        var choice = random.Next(10);
        var result = choice switch
        {
            < 6 => await engine.AcceptAsync(match.ReservationId),
            < 8 => await engine.RejectAsync(match.ReservationId),
            _ => await engine.NoAnswerAsync(match.ReservationId),
        };
        if (result.Outcome == ReservationOutcome.Accepted)
        {
            (match.Kind == MatchKind.Callback ? state.Dialling : state.Connected).TryAdd(match.CallSid, 0);
        }
        state.Record(result.Matches);
    }

    private async Task DialOutcomeAsync(string callbackId)
    {
        if (random.Next(3) == 0)
        {
            if ((await engine.CallbackConnectedAsync(callbackId)).Outcome == CallbackOutcome.Connected)
            {
                state.Connected.TryAdd(callbackId, 0);
            }
            return;
        }
        var result = await engine.CallbackAttemptFailedAsync(callbackId, (CallbackFailureReason)random.Next(4));
        state.Record(result.Matches);
    }

    private string LoadRulesLanguage() => Infrastructure.LoadRules.Languages[random.Next(Infrastructure.LoadRules.Languages.Length)];

    private string? Pick(ICollection<string> keys)
    {
        var snapshot = keys.ToArray();
        return snapshot.Length == 0 ? null : snapshot[random.Next(snapshot.Length)];
    }
}
