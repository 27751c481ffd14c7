namespace Ivr.PhoneSim.Conferences;

/// <summary>A conference room: init until two participants are in and one starts it, in-progress, then completed.</summary>
public sealed class SimConference(string sid, string friendlyName, DateTimeOffset created)
{
    private readonly Lock gate = new();
    private readonly List<Participant> participants = [];
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int sequenceNumber = -1;

    public string Sid { get; } = sid;
    public string FriendlyName { get; } = friendlyName;
    public DateTimeOffset DateCreated { get; } = created;
    public DateTimeOffset DateUpdated { get; private set; } = created;
    public string Status { get; private set; } = "init";
    public string? ReasonConferenceEnded { get; private set; }
    public string? CallSidEndingConference { get; private set; }
    public Uri? StatusCallback { get; init; }
    public string StatusCallbackMethod { get; init; } = "POST";
    public IReadOnlySet<string> StatusCallbackEvents { get; init; } = new HashSet<string>();
    public Task Started => started.Task;

    /// <summary>Whether and how the conference is recorded (its creator's setting), and the recording while it runs.</summary>
    public ConferenceRecording? Recording { get; init; }
    public Recordings.SimRecording? ActiveRecording { get => activeRecording; set => activeRecording = value; }

    private Recordings.SimRecording? activeRecording;

    /// <summary>The running recording, once: whoever finishes it (the conference's end, or a stop) takes it.</summary>
    public Recordings.SimRecording? TakeActiveRecording() => Interlocked.Exchange(ref activeRecording, null);
    public bool IsCompleted => Status == "completed";

    public IReadOnlyList<Participant> Participants
    {
        get
        {
            lock (gate)
            {
                return [.. participants];
            }
        }
    }

    public int NextSequenceNumber() => Interlocked.Increment(ref sequenceNumber);

    public Participant? Find(string callSid)
    {
        lock (gate)
        {
            return participants.Find(p => p.CallSid == callSid);
        }
    }

    /// <summary>Adds a participant; true when this join started the conference.</summary>
    public bool Add(Participant participant, DateTimeOffset now)
    {
        lock (gate)
        {
            participants.Add(participant);
            DateUpdated = now;
            if (Status == "init" && participants.Count >= 2 && participants.Any(p => p.StartConferenceOnEnter))
            {
                Status = "in-progress";
                started.TrySetResult();
                return true;
            }
            return false;
        }
    }

    /// <summary>Removes a participant; returns the end reason if the conference ends because of it.</summary>
    public string? Remove(Participant participant, DateTimeOffset now)
    {
        lock (gate)
        {
            if (!participants.Remove(participant) || Status == "completed")
            {
                return null;
            }
            DateUpdated = now;
            var reason = participant.EndConferenceOnExit ? "participant-with-end-conference-on-exit-left"
                : participants.Count == 0 ? "last-participant-left"
                : null;
            if (reason is not null)
            {
                CallSidEndingConference = participant.CallSid;
            }
            return reason;
        }
    }

    /// <summary>Ends the conference and removes everyone; false if it had already ended.</summary>
    public bool End(string reason, DateTimeOffset now)
    {
        Participant[] everyone;
        lock (gate)
        {
            if (Status == "completed")
            {
                return false;
            }
            Status = "completed";
            ReasonConferenceEnded = reason;
            DateUpdated = now;
            everyone = [.. participants];
        }
        started.TrySetResult();
        foreach (var participant in everyone)
        {
            participant.Remove("conference-ended");
        }
        return true;
    }
}
