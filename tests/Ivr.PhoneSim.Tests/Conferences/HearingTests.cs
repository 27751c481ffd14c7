using Ivr.PhoneSim.Conferences;

namespace Ivr.PhoneSim.Tests.Conferences;

/// <summary>
/// Who hears whom in a conference, as Twilio's Participant resource documents it: muted is heard by nobody, a coach
/// only by the participant coached, a held participant neither hears nor is heard, nobody hears before the start.
/// </summary>
public sealed class HearingTests
{
    private const string Caller = "CAcaller";
    private const string Counselor = "CAcounselor";
    private const string Supervisor = "CAsupervisor";

    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    private static (SimConference Conference, Participant Supervisor) Room(bool muted = false, string? coach = null)
    {
        var conference = new SimConference("CFroom", "room", Now);
        conference.Add(new Participant(Caller, conference.Sid, Now), Now);
        conference.Add(new Participant(Counselor, conference.Sid, Now), Now);
        var supervisor = new Participant(Supervisor, conference.Sid, Now) { Muted = muted, Coaching = coach is not null, CallSidToCoach = coach };
        conference.Add(supervisor, Now);
        return (conference, supervisor);
    }

    [Test]
    public void FullParticipants_HearEachOther_NotThemselves()
    {
        var (conference, _) = Room();

        Assert.That(conference.HeardBy()[Supervisor], Is.EquivalentTo(new[] { Caller, Counselor }));
        Assert.That(conference.HeardBy()[Caller], Is.EquivalentTo(new[] { Counselor, Supervisor }));
        Assert.That(conference.Hears(Caller, Caller), Is.False);
    }

    [Test]
    public void MutedParticipant_IsHeardByNobody_ButHearsEveryone()
    {
        var (conference, _) = Room(muted: true);

        Assert.That(conference.HeardBy()[Supervisor], Is.Empty);
        Assert.That(conference.Hears(Supervisor, Caller), Is.True);
        Assert.That(conference.Hears(Supervisor, Counselor), Is.True);
        Assert.That(conference.Hears(Caller, Counselor), Is.True, "the call itself is untouched");
    }

    [Test]
    public void Coach_IsHeardOnlyByTheCoachedCall_AndHearsEveryone()
    {
        var (conference, _) = Room(coach: Counselor);

        Assert.That(conference.HeardBy()[Supervisor], Is.EqualTo(new[] { Counselor }));
        Assert.That(conference.Hears(Supervisor, Caller), Is.True);
        Assert.That(conference.Hears(Counselor, Caller), Is.True);
        Assert.That(conference.Hears(Caller, Counselor), Is.True);
    }

    [Test]
    public void MutedCoach_IsHeardByNobody()
    {
        var (conference, _) = Room(muted: true, coach: Counselor);

        Assert.That(conference.HeardBy()[Supervisor], Is.Empty);
    }

    [Test]
    public void HeldParticipant_NeitherHearsNorIsHeard()
    {
        var (conference, _) = Room();
        conference.Find(Caller)!.Hold = true;

        Assert.That(conference.HeardBy()[Caller], Is.Empty);
        Assert.That(conference.Hears(Caller, Counselor), Is.False);
        Assert.That(conference.Hears(Supervisor, Counselor), Is.True);
    }

    [Test]
    public void BeforeTheStart_AndAfterLeaving_NobodyIsHeard()
    {
        var waiting = new SimConference("CFwait", "wait", Now);
        waiting.Add(new Participant(Caller, waiting.Sid, Now) { StartConferenceOnEnter = false }, Now);
        waiting.Add(new Participant(Counselor, waiting.Sid, Now) { StartConferenceOnEnter = false }, Now);
        var (conference, supervisor) = Room();
        conference.Remove(supervisor, Now);

        Assert.That(waiting.Status, Is.EqualTo("init"));
        Assert.That(waiting.Hears(Caller, Counselor), Is.False);
        Assert.That(conference.Hears(Caller, Supervisor), Is.False);
        Assert.That(conference.Hears(Caller, Counselor), Is.True);
    }
}
