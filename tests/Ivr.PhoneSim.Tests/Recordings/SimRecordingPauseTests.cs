using Ivr.PhoneSim.Recordings;

namespace Ivr.PhoneSim.Tests.Recordings;

/// <summary>A recording's paused time: skipped (left out of its seconds) or silence (kept), on exact instants.</summary>
public sealed class SimRecordingPauseTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Pause_Skip_LeavesThePausedTimeOut()
    {
        var recording = new SimRecording("RE1", "", Start, "CF1");
        var paused = recording.Pause(skip: true, Start.AddSeconds(20));
        var whilePaused = recording.RecordedUntil(Start.AddSeconds(25));
        var resumed = recording.Resume(Start.AddSeconds(30));
        Assert.Multiple(() =>
        {
            Assert.That((paused, resumed), Is.EqualTo((true, true)));
            Assert.That(whilePaused, Is.EqualTo(TimeSpan.FromSeconds(20)));
            Assert.That(recording.RecordedUntil(Start.AddSeconds(45)), Is.EqualTo(TimeSpan.FromSeconds(35)));
            Assert.That(recording.Status, Is.EqualTo(RecordingStatuses.InProgress));
        });
    }

    [Test]
    public void Pause_Silence_KeepsThePausedTime()
    {
        var recording = new SimRecording("RE1", "", Start, "CF1");
        recording.Pause(skip: false, Start.AddSeconds(20));
        recording.Resume(Start.AddSeconds(30));
        Assert.That(recording.RecordedUntil(Start.AddSeconds(45)), Is.EqualTo(TimeSpan.FromSeconds(45)));
    }

    [Test]
    public void PauseTwice_CountsFromTheFirst_AndACompletedRecordingRefuses()
    {
        var recording = new SimRecording("RE1", "", Start, "CF1");
        recording.Pause(skip: true, Start.AddSeconds(10));
        var again = recording.Pause(skip: true, Start.AddSeconds(15));
        recording.Resume(Start.AddSeconds(20));
        var seconds = recording.RecordedUntil(Start.AddSeconds(30));
        recording.Complete(20, Start.AddSeconds(30));
        Assert.Multiple(() =>
        {
            Assert.That(again, Is.True);
            Assert.That(seconds, Is.EqualTo(TimeSpan.FromSeconds(20)));
            Assert.That(recording.Pause(skip: true, Start.AddSeconds(31)), Is.False);
            Assert.That(recording.Resume(Start.AddSeconds(31)), Is.False);
            Assert.That(recording.IsActive, Is.False);
        });
    }
}
