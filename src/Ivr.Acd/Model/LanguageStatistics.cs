namespace Ivr.Acd.Model;

/// <summary>
/// A language's live picture; counselors with several languages count in each of them. <see cref="Waiting"/> counts
/// callers on hold only; callbacks count apart (in line, or scheduled for later), and a new caller's expected wait
/// counts the callbacks in line ahead of them.
/// </summary>
public sealed record LanguageStatistics(
    string Language,
    int Waiting,
    TimeSpan LongestWait,
    int Available,
    int Reserved,
    int OnCall,
    int WrapUp,
    int Break,
    int Missed,
    int Offline,
    long AnsweredToday,
    long AbandonedToday,
    TimeSpan ExpectedWaitForNewCaller)
{
    /// <summary>Callbacks in line now, at their callers' places.</summary>
    public int CallbacksWaiting { get; init; }

    /// <summary>Callbacks out of line until their time: after a failed dial, or until the next opening.</summary>
    public int CallbacksScheduled { get; init; }

    /// <summary>Callbacks whose caller was reached and put through today.</summary>
    public long CallbacksConnectedToday { get; init; }

    /// <summary>Callbacks that ended failed today (every allowed dial failed).</summary>
    public long CallbacksFailedToday { get; init; }
}
