namespace Ivr.PhoneSim.Conferences;

/// <summary>
/// Who hears whom in a conference, as Twilio documents its Participant resource: nobody hears a muted participant;
/// a held participant hears only their hold audio and nobody hears them; a coaching participant
/// (<see cref="Participant.Coaching"/>) is heard only by the participant whose call is <see cref="Participant.CallSidToCoach"/>,
/// and hears everyone; before the conference starts, participants hear its wait music, not each other.
/// </summary>
public static class Hearing
{
    /// <summary>Whether <paramref name="listenerCallSid"/> hears <paramref name="speakerCallSid"/> now.</summary>
    public static bool Hears(this SimConference conference, string listenerCallSid, string speakerCallSid)
    {
        if (conference.Status != "in-progress" || listenerCallSid == speakerCallSid
            || conference.Find(listenerCallSid) is not { } listener || conference.Find(speakerCallSid) is not { } speaker)
        {
            return false;
        }
        if (speaker.Muted || speaker.Hold || listener.Hold)
        {
            return false;
        }
        return !speaker.Coaching || speaker.CallSidToCoach == listener.CallSid;
    }

    /// <summary>Every participant's listeners: for each call in the conference, the calls that hear it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> HeardBy(this SimConference conference)
    {
        var calls = conference.Participants.Select(participant => participant.CallSid).ToList();
        return calls.ToDictionary(speaker => speaker,
            speaker => (IReadOnlyList<string>)[.. calls.Where(listener => conference.Hears(listener, speaker))], StringComparer.Ordinal);
    }
}
