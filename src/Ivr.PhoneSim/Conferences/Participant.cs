namespace Ivr.PhoneSim.Conferences;

/// <summary>A call in a conference, with the flags Twilio's Participant resource exposes.</summary>
public sealed class Participant(string callSid, string conferenceSid, DateTimeOffset created)
{
    private readonly TaskCompletionSource<string> left = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string CallSid { get; } = callSid;
    public string ConferenceSid { get; } = conferenceSid;
    public DateTimeOffset DateCreated { get; } = created;
    public DateTimeOffset DateUpdated { get; set; } = created;
    public string? Label { get; init; }
    public bool Muted { get; set; }
    public bool Hold { get; set; }
    public bool Coaching { get; set; }
    public string? CallSidToCoach { get; set; }
    public bool StartConferenceOnEnter { get; init; } = true;
    public bool EndConferenceOnExit { get; set; }
    public string Status => left.Task.IsCompleted ? "complete" : "connected";

    /// <summary>What a held participant hears (TwiML or audio); see <see cref="HoldAudio"/>.</summary>
    public Uri? HoldUrl { get; set; }

    public string HoldMethod { get; set; } = "GET";

    private CancellationTokenSource? holding;

    /// <summary>Starts a hold period: the token is cancelled when it ends (unhold, or a new hold period).</summary>
    public CancellationToken BeginHold()
    {
        var next = new CancellationTokenSource();
        Interlocked.Exchange(ref holding, next)?.Cancel();
        return next.Token;
    }

    public void EndHold() => Interlocked.Exchange(ref holding, null)?.Cancel();

    /// <summary>Completes with the reason the participant was removed (kicked, conference ended).</summary>
    public Task<string> Removed => left.Task;

    public void Remove(string reason)
    {
        left.TrySetResult(reason);
        EndHold();
    }
}
