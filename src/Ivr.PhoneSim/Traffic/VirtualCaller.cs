using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;

namespace Ivr.PhoneSim.Traffic;

/// <summary>
/// A caller: presses the keys of TrafficOptions.KeyPlan at successive Gathers (by default the language number then
/// *, then the counselor or self-service key), then stays silent; some barge in during the prompts. Waits in a queue until its patience runs out, then hangs up.
/// Sent back to the first menu (a server's fallback), it starts the key plan again. Its properties are its line in a
/// fault programme's ledger. With a <see cref="HoldIntent"/> it asks, at the first Gather while queued, for a
/// callback (then confirms its number at the next Gather and hangs up after the confirmation) or to leave a message
/// (then speaks for <paramref name="messageLength"/> when a Record starts, and hangs up).
/// </summary>
public sealed class VirtualCaller(Language language, bool selfService, bool bargeIn, TimeSpan patience, TimeSpan selfServiceListen, TrafficOptions options, TrafficMetrics metrics,
    HoldIntent intent = HoldIntent.Wait, TimeSpan messageLength = default) : IParty
{
    private int holdKeyGather = -1;
    private bool confirming;
    private bool callbackConfirmed;
    private bool messageSpoken;

    private readonly CancellationTokenSource patienceTimer = new();
    private DateTimeOffset? languageChosenAt;
    private string? partner;
    private bool queued;
    private int patienceStarted;
    private string? firstMenu;
    private int planStart;

    public Language Language => language;

    public bool WantsCounselor => !selfService;

    /// <summary>When the caller first chose a language (virtual time).</summary>
    public DateTimeOffset? LanguageChosenAt => languageChosenAt;

    /// <summary>When the caller was first put through (virtual time), and to what (a counselor leg or conference).</summary>
    public DateTimeOffset? ConnectedAt { get; private set; }

    public string? Partner => partner;

    public bool Queued => queued;

    public CallerOutcome? Outcome { get; private set; }

    public HoldIntent Intent => intent;

    public RingDecision OnRing(SimCall call) => RingDecision.AnswerNow;

    public KeyInput? OnGather(SimCall call, GatherPrompt prompt)
    {
        var menu = prompt.DocumentUrl?.AbsolutePath;
        firstMenu ??= menu;
        if (prompt.Index > 0 && menu is not null && menu == firstMenu)
        {
            planStart = prompt.Index;
        }
        if (TryHoldChoice(prompt, out var hold))
        {
            return hold;
        }
        var step = prompt.Index - planStart;
        if (step >= options.KeyPlan.Count)
        {
            return null;
        }
        var keys = options.KeyPlan[step]
            .Replace("{language}", language.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{choice}", selfService ? options.SelfServiceKey : options.CounselorKey, StringComparison.Ordinal);
        return new KeyInput(keys, TimeSpan.FromSeconds(bargeIn ? 2 : 1.5), TimeSpan.FromMilliseconds(400), bargeIn);
    }

    public RecordInput OnRecord(SimCall call, RecordPrompt prompt)
    {
        if (intent != HoldIntent.Message || messageSpoken || messageLength <= TimeSpan.Zero)
        {
            return RecordInput.Silent;
        }
        messageSpoken = true;
        return new RecordInput(messageLength, HangUp: true);
    }

    /// <summary>
    /// The hold menu's key at the first Gather while queued; for a callback, the confirmation key at the next;
    /// silence after that. False while the key plan still decides (no intent, or not on hold yet).
    /// </summary>
    private bool TryHoldChoice(GatherPrompt prompt, out KeyInput? keys)
    {
        keys = null;
        if (intent == HoldIntent.Wait || (holdKeyGather < 0 && !queued))
        {
            return false;
        }
        if (holdKeyGather < 0)
        {
            holdKeyGather = prompt.Index;
            keys = Quick(intent == HoldIntent.Callback ? options.CallbackKey : options.MessageKey);
        }
        else if (intent == HoldIntent.Callback && !confirming)
        {
            confirming = true;
            keys = Quick(options.CallbackConfirmKey);
        }
        return true;
    }

    // Half a second after the prompts (the hold music included): the server's hold Gather waits only 1 s for a key.
    private static KeyInput Quick(string keys) => new(keys, TimeSpan.FromSeconds(0.5), TimeSpan.FromMilliseconds(400));

    public void OnEvent(SimCall call, PartyEvent partyEvent, IPhoneLine line)
    {
        switch (partyEvent.Kind)
        {
            case PartyEventKind.Gathered when confirming && !callbackConfirmed && partyEvent.Detail?.StartsWith(options.CallbackConfirmKey, StringComparison.Ordinal) == true:
                callbackConfirmed = true;
                HangUpAfter(call, line, TimeSpan.FromSeconds(options.ConfirmationListenSeconds));
                break;
            case PartyEventKind.Gathered when partyEvent.Detail?.Contains('*', StringComparison.Ordinal) == true:
                languageChosenAt ??= partyEvent.At;
                break;
            case PartyEventKind.Gathered when selfService && partyEvent.Detail?.EndsWith(options.SelfServiceKey, StringComparison.Ordinal) == true && languageChosenAt is not null:
                HangUpAfter(call, line, selfServiceListen);
                break;
            case PartyEventKind.Enqueued when !queued:
                queued = true;
                metrics.QueueChanged(language.Code, +1);
                if (Interlocked.Exchange(ref patienceStarted, 1) == 0)
                {
                    HangUpAfter(call, line, patience);
                }
                break;
            case PartyEventKind.Dequeued:
                LeaveQueue();
                break;
            case PartyEventKind.Connected when partner is null && partyEvent.Detail is { } other:
                partner = other;
                ConnectedAt = partyEvent.At;
                metrics.CallerConnected(languageChosenAt, other);
                LeaveQueue();
                patienceTimer.Cancel();
                break;
            case PartyEventKind.Ended:
                LeaveQueue();
                patienceTimer.Cancel();
                // Counted before it is published: whoever sees Outcome set finds the call in the metrics too.
                var outcome = OutcomeOf(call);
                metrics.CallerEnded(outcome);
                Outcome = outcome;
                break;
        }
    }

    private CallerOutcome OutcomeOf(SimCall call) =>
        partner is not null ? CallerOutcome.Answered
        : call.ErrorCode is not null ? CallerOutcome.Error
        : callbackConfirmed ? CallerOutcome.CallbackRequested
        : messageSpoken ? CallerOutcome.MessageLeft
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
