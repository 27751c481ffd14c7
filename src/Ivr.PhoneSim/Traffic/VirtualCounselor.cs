using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;

namespace Ivr.PhoneSim.Traffic;

/// <summary>
/// A counselor's softphone (a Twilio Client identity such as client:counselor-17): answers after a short delay,
/// now and then declines or lets it ring, talks for the talk time from the moment the caller joins and hangs up, then
/// wraps up; alone on the line for the wait (the caller never comes) they hang up too. A counselor already on a call
/// or in wrap-up declines (busy). Languages and levels are carried for the server's configuration.
/// </summary>
public sealed class VirtualCounselor(string identity, IReadOnlyList<string> languages, int level, TrafficOptions options, TrafficMetrics metrics, Random random) : IParty
{
    private readonly Lock gate = new();
    private DateTimeOffset busyUntil = DateTimeOffset.MinValue;
    private string? activeCall;
    private bool talking;
    private int ringsWhileBusy;

    public string Identity { get; } = identity;
    public IReadOnlyList<string> Languages { get; } = languages;
    public int Level { get; } = level;

    /// <summary>Rings for another caller while on a call: the ACD assigned this counselor twice.</summary>
    public int RingsWhileBusy => Volatile.Read(ref ringsWhileBusy);

    public RingDecision OnRing(SimCall call)
    {
        metrics.CounselorRinging(call.Sid, call.DateCreated);
        lock (gate)
        {
            if (activeCall is not null)
            {
                Interlocked.Increment(ref ringsWhileBusy);
            }
            if (activeCall is not null || call.DateCreated < busyUntil)
            {
                return new RingDecision(RingAnswer.Decline, TimeSpan.FromSeconds(1));
            }
            var roll = random.NextDouble();
            var delay = Distributions.Uniform(random, options.MinAnswerDelaySeconds, options.MaxAnswerDelaySeconds);
            return roll < options.DeclineShare ? new RingDecision(RingAnswer.Decline, delay)
                : roll < options.DeclineShare + options.NoAnswerShare ? new RingDecision(RingAnswer.Ignore, TimeSpan.Zero)
                : new RingDecision(RingAnswer.Answer, delay);
        }
    }

    public KeyInput? OnGather(SimCall call, GatherPrompt prompt) => null;

    public void OnEvent(SimCall call, PartyEvent partyEvent, IPhoneLine line)
    {
        switch (partyEvent.Kind)
        {
            case PartyEventKind.Answered:
                lock (gate)
                {
                    activeCall = call.Sid;
                    talking = false;
                }
                HangUpAfter(TimeSpan.FromSeconds(options.CounselorWaitSeconds), call, line, onlyIfAlone: true);
                break;
            case PartyEventKind.Connected when partyEvent.Detail is { } partner:
                metrics.CounselorConnected(call.Sid, partner);
                if (!partner.StartsWith("conference:", StringComparison.Ordinal))
                {
                    StartTalking(call, line); // a bridged <Dial>: the caller is on the line
                }
                break;
            case PartyEventKind.Joined:
                StartTalking(call, line);
                break;
            case PartyEventKind.Ended:
                lock (gate)
                {
                    if (activeCall == call.Sid)
                    {
                        activeCall = null;
                        talking = false;
                        busyUntil = partyEvent.At + Distributions.Exponential(random, options.MeanWrapUpSeconds);
                    }
                }
                break;
        }
    }

    private void StartTalking(SimCall call, IPhoneLine line)
    {
        TimeSpan talk;
        lock (gate)
        {
            if (activeCall != call.Sid || talking)
            {
                return;
            }
            talking = true;
            talk = TimeSpan.FromSeconds(options.MinTalkSeconds) + Distributions.Exponential(random, options.MeanTalkSeconds);
        }
        HangUpAfter(talk, call, line, onlyIfAlone: false);
    }

    private void HangUpAfter(TimeSpan delay, SimCall call, IPhoneLine line, bool onlyIfAlone) =>
        _ = Task.Delay(delay, line.Clock, call.EndedToken).ContinueWith(_ =>
        {
            lock (gate)
            {
                if (onlyIfAlone && talking)
                {
                    return;
                }
            }
            line.HangUp(call);
        }, TaskScheduler.Default);
}
