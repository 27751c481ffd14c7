namespace Ivr.PhoneSim.Parties;

/// <summary>How a rung party responds, and after how long (Ignore never answers; the caller's timeout decides).</summary>
public sealed record RingDecision(RingAnswer Answer, TimeSpan Delay)
{
    public static RingDecision AnswerNow { get; } = new(RingAnswer.Answer, TimeSpan.Zero);
}
