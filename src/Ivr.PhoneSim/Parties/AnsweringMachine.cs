using Ivr.PhoneSim.Calls;

namespace Ivr.PhoneSim.Parties;

/// <summary>
/// A voicemail box: answers after <paramref name="answerAfter"/> of ringing, plays its greeting, ignores every key
/// prompt (it presses nothing), and hangs up when its message time runs out.
/// </summary>
public sealed class AnsweringMachine(TimeSpan answerAfter, TimeSpan greeting, TimeSpan messageTime) : IAnsweringMachine
{
    public AnsweringMachine()
        : this(TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(120))
    {
    }

    public TimeSpan Greeting => greeting;

    public RingDecision OnRing(SimCall call) => new(RingAnswer.Answer, answerAfter);

    public KeyInput? OnGather(SimCall call, GatherPrompt prompt) => null;

    public void OnEvent(SimCall call, PartyEvent partyEvent, IPhoneLine line)
    {
        if (partyEvent.Kind == PartyEventKind.Answered)
        {
            _ = Task.Delay(greeting + messageTime, line.Clock, call.EndedToken).ContinueWith(t =>
            {
                if (t.IsCompletedSuccessfully)
                {
                    line.HangUp(call);
                }
            }, TaskScheduler.Default);
        }
    }
}
