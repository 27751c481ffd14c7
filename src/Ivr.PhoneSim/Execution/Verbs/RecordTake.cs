using Ivr.PhoneSim.Parties;

namespace Ivr.PhoneSim.Execution.Verbs;

/// <summary>
/// One recording's timeline: the party speaks, then a finish key, a hang-up, or silence until the timeout; maxLength
/// cuts everything. A hang-up from elsewhere (patience, REST) ends it too, with Digits "hangup".
/// </summary>
internal sealed class RecordTake(RecordInput input, TimeSpan timeout, TimeSpan maxLength, string finishOnKey, VerbContext context)
{
    /// <summary>How long the party spoke (what trim-silence keeps).</summary>
    public TimeSpan Spoken { get; private set; }

    /// <summary>From the start to the end of the recording, trailing silence included (do-not-trim).</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>The finish key, "hangup", or null when the timeout or maxLength ended it.</summary>
    public string? Digits { get; private set; }

    public async Task RunAsync()
    {
        var started = context.Sim.Clock.GetUtcNow();
        var speech = input.Speech < maxLength ? input.Speech : maxLength;
        try
        {
            await context.DelayAsync(speech);
            Spoken = speech;
            Elapsed = speech;
            if (speech >= maxLength)
            {
                return;
            }
            if (input.FinishKey is { Length: > 0 } key && finishOnKey.Contains(key[0], StringComparison.Ordinal))
            {
                Digits = key[..1];
                return;
            }
            if (input.HangUp)
            {
                Digits = RecordVerb.HangupDigits;
                context.Sim.HangUp(context.Call);
                return;
            }
            var silence = maxLength - speech < timeout ? maxLength - speech : timeout;
            await context.DelayAsync(silence);
            Elapsed = speech + silence;
        }
        catch (OperationCanceledException) when (context.Call.IsEnded)
        {
            Elapsed = context.Sim.Clock.GetUtcNow() - started;
            Spoken = Elapsed < speech ? Elapsed : speech;
            Digits = RecordVerb.HangupDigits;
        }
        catch (OperationCanceledException)
        {
            Elapsed = context.Sim.Clock.GetUtcNow() - started;
            Spoken = Elapsed < speech ? Elapsed : speech;
            throw;
        }
    }
}
