using System.Collections.Concurrent;
using Ivr.PhoneSim.Twilio;

namespace Ivr.PhoneSim.Recordings;

/// <summary>Every recording the simulator made. A deleted recording is gone for fetch, list and media (404), as the REST API shows it without IncludeSoftDeleted.</summary>
public sealed class RecordingRegistry(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, SimRecording> recordings = new(StringComparer.Ordinal);

    /// <param name="conferenceSid">A conference's recording (its <c>record</c> setting); then <paramref name="callSid"/> is empty.</param>
    public SimRecording Start(string callSid, string? conferenceSid = null)
    {
        var recording = new SimRecording(Sids.New(Sids.RecordingPrefix), callSid, clock.GetUtcNow(), conferenceSid);
        recordings[recording.Sid] = recording;
        return recording;
    }

    public SimRecording? Find(string sid) => recordings.TryGetValue(sid, out var recording) && !recording.IsDeleted ? recording : null;

    public IReadOnlyList<SimRecording> All => [.. recordings.Values.Where(r => !r.IsDeleted).OrderByDescending(r => r.DateCreated)];

    public bool Delete(string sid)
    {
        if (Find(sid) is not { } recording)
        {
            return false;
        }
        recording.Delete();
        return true;
    }
}
