using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;

namespace Ivr.PhoneSim.Traffic;

/// <summary>
/// A caller: presses the keys of TrafficOptions.KeyPlan at successive Gathers (by default the language number then
/// *, then the counselor or self-service key), then stays silent; some barge in during the prompts. Waits in a queue until its patience runs out, then hangs up.
/// Sent back to the first menu (a server's fallback), it starts the key plan again. Its properties are its line in a
/// fault programme's ledger.
/// </summary>
public sealed class VirtualCaller(Language language, bool selfService, bool bargeIn, TimeSpan patience, TimeSpan selfServiceListen, TrafficOptions options, TrafficMetrics metrics) : IParty
{
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

    public RingDecision OnRing(SimCall call) => RingDecision.AnswerNow;

    public KeyInput? OnGather(SimCall call, GatherPrompt prompt)
    {
        var menu = prompt.DocumentUrl?.AbsolutePath;
        firstMenu ??= menu;
        if (prompt.Index > 0 && menu is not null && menu == firstMenu)
        {
            planStart = prompt.Index;
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
                Outcome = OutcomeOf(call);
                metrics.CallerEnded(Outcome.Value);
                break;
        }
    }

    private CallerOutcome OutcomeOf(SimCall call) =>
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
