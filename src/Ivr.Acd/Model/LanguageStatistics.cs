namespace Ivr.Acd.Model;

/// <summary>A language's live picture; counselors with several languages count in each of them.</summary>
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
    TimeSpan ExpectedWaitForNewCaller);
