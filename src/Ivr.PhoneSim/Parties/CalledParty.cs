namespace Ivr.PhoneSim.Parties;

/// <summary>
/// Ready-made behaviours for a dialed number, to register with <see cref="PartyDirectory.Register"/>: a person who
/// answers (and presses keys), a busy line, a phone nobody answers (no-answer after the call's Timeout), a voicemail box.
/// </summary>
public static class CalledParty
{
    public static IParty Answers(params string?[] keysPerGather) => new ScriptedParty(keysPerGather, new RingDecision(RingAnswer.Answer, TimeSpan.FromSeconds(3)));

    public static IParty Busy() => new ScriptedParty([], new RingDecision(RingAnswer.Decline, TimeSpan.FromSeconds(1)));

    public static IParty NeverAnswers() => new ScriptedParty([], new RingDecision(RingAnswer.Ignore, TimeSpan.Zero));

    public static IParty Voicemail() => new AnsweringMachine();
}
