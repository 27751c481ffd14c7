using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;

namespace Ivr.PhoneSim.Traffic;

/// <summary>
/// A caller: presses the keys of TrafficOptions.KeyPlan at successive Gathers (by default the language number then
/// *, then the counselor or self-service key), then stays silent; some barge in during the prompts. Waits in a queue until its patience runs out, then hangs up.
/// </summary>
public sealed class VirtualCaller(Language language, bool selfService, bool bargeIn, TimeSpan patience, TimeSpan selfServiceListen, TrafficOptions options, TrafficMetrics metrics) : IParty
{
    private readonly CancellationTokenSource patienceTimer = new();
    private DateTimeOffset? languageChosenAt;
    private string? partner;
    private bool queued;

    public Language Language => language;

    public RingDecision OnRing(SimCall call) => RingDecision.AnswerNow;

    public KeyInput? OnGather(SimCall call, GatherPrompt prompt)
    {
        if (prompt.Index >= options.KeyPlan.Count)
        {
            return null;
        }
        var keys = options.KeyPlan[prompt.Index]
            .Replace("{language}", language.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{choice}", selfService ? options.SelfServiceKey : options.CounselorKey, StringComparison.Ordinal);
        return new KeyInput(keys, TimeSpan.FromSeconds(bargeIn ? 2 : 1.5), TimeSpan.FromMilliseconds(400), bargeIn);
    }

    public void OnEvent(SimCall call, PartyEvent partyEvent, IPhoneLine line)
    {
        switch (partyEvent.Kind)
        {
            case PartyEventKind.Gathered when partyEvent.Detail?.Contains('*', StringComparison.Ordinal) == true:
                languageChosenAt ??= partyEvent.At;
                break;
            case PartyEventKind.Gathered when selfService && partyEvent.Detail?.EndsWith(options.SelfServiceKey, StringComparison.Ordinal) == true && languageChosenAt is not null:
                HangUpAfter(call, line, selfServiceListen);
                break;
            case PartyEventKind.Enqueued:
                queued = true;
                metrics.QueueChanged(language.Code, +1);
                HangUpAfter(call, line, patience);
                break;
            case PartyEventKind.Dequeued:
                LeaveQueue();
                break;
            case PartyEventKind.Connected when partner is null && partyEvent.Detail is { } other:
                partner = other;
                metrics.CallerConnected(languageChosenAt, other);
                LeaveQueue();
                patienceTimer.Cancel();
                break;
            case PartyEventKind.Ended:
                LeaveQueue();
                patienceTimer.Cancel();
                metrics.CallerEnded(Outcome(call));
                break;
        }
    }

    private CallerOutcome Outcome(SimCall call) =>
        partner is not null ? CallerOutcome.Answered
        : call.ErrorCode is not null ? CallerOutcome.Error
        : selfService ? CallerOutcome.SelfService
        : call.HungUpByParty ? CallerOutcome.Abandoned
        : CallerOutcome.Lost;

    private void LeaveQueue()
    {
        if (queued)
        {
            queued = false;
            metrics.QueueChanged(language.Code, -1);
        }
    }

    private void HangUpAfter(SimCall call, IPhoneLine line, TimeSpan delay) =>
        _ = Task.Delay(delay, line.Clock, patienceTimer.Token).ContinueWith(t =>
        {
            if (t.IsCompletedSuccessfully)
            {
                line.HangUp(call);
            }
        }, TaskScheduler.Default);
}
