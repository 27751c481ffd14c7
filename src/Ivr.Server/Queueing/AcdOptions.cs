using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Queueing;

/// <summary>The <c>Acd</c> section: which contact center this server serves and how its queues route.</summary>
public sealed class AcdOptions
{
    public const string Section = "Acd";

    /// <summary>Names the contact center's Redis hash tag (<c>{cc:NAME}</c>); servers sharing it share the queues.</summary>
    [Required(ErrorMessage = "Acd:ContactCenter is required.")]
    [RegularExpression("^[a-z0-9-]{1,40}$", ErrorMessage = "Acd:ContactCenter must be 1-40 lower-case letters, digits or '-'.")]
    public string ContactCenter { get; set; } = "1345";

    /// <summary>The language codes served, each with a queue. Empty means the 20 languages of 1345.</summary>
    public List<string> Languages { get; set; } = [];

    [Range(typeof(TimeSpan), "00:00:05", "00:02:00", ErrorMessage = "Acd:ReservationTimeout must be between 5 s and 2 min.")]
    public TimeSpan ReservationTimeout { get; set; } = TimeSpan.FromSeconds(20);

    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Acd:RejectDelay must be between 0 and 10 min.")]
    public TimeSpan RejectDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>When a caller hangs up while their counselor is rung, how long until that counselor is offered the next (their ring is stopped first).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Acd:RingReleaseDelay must be between 0 and 1 min.")]
    public TimeSpan RingReleaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>No-answers in a row before a counselor is set to Missed (auto-pause).</summary>
    [Range(1, 10, ErrorMessage = "Acd:MaxNoAnswers must be between 1 and 10.")]
    public int MaxNoAnswers { get; set; } = 2;

    /// <summary>A waiting caller whose hold loop stopped asking for this long is taken as gone.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00", ErrorMessage = "Acd:StaleCallerAfter must be between 1 and 60 min.")]
    public TimeSpan StaleCallerAfter { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How often each server instance sweeps expired reservations and timers (safe on all at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00", ErrorMessage = "Acd:SweepInterval must be between 100 ms and 1 min.")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The time zone of "today" in the live statistics.</summary>
    [Required(ErrorMessage = "Acd:TimeZone is required.")]
    public string TimeZone { get; set; } = "Asia/Seoul";

    /// <summary>The proficiency a counselor needs at first, and after <see cref="WidenAfter"/> of waiting.</summary>
    [Range(1, 5, ErrorMessage = "Acd:PreferredLevel must be between 1 and 5.")]
    public int PreferredLevel { get; set; } = 3;

    [Range(typeof(TimeSpan), "00:00:00", "00:30:00", ErrorMessage = "Acd:WidenAfter must be between 0 and 30 min.")]
    public TimeSpan WidenAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Callers in line per language before new callers are told the line is full. Zero: unlimited.</summary>
    [Range(0, 100_000, ErrorMessage = "Acd:MaxQueueLength must be between 0 and 100000.")]
    public int MaxQueueLength { get; set; } = 500;

    [Range(typeof(TimeSpan), "00:00:00", "00:30:00", ErrorMessage = "Acd:WrapUp must be between 0 and 30 min.")]
    public TimeSpan WrapUp { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Topic tags that raise a caller's priority class (0-9, higher first): victims are served first, then an institution
    /// asking for an interpreter (the institution line's <c>interpretation</c> tag), who has someone waiting at its desk.
    /// </summary>
    public Dictionary<string, int> PriorityTags { get; set; } = new() { ["victim-support"] = 5, ["interpretation"] = 4 };

    /// <summary>
    /// Team → how long a caller tagged with it waits for that team's counselors only, while one of them is signed in
    /// (victims of crime reach the specially trained counselors). The team takes its callers first at any time.
    /// </summary>
    public Dictionary<string, TimeSpan> TeamPreferences { get; set; } = new() { ["victim-support"] = TimeSpan.FromSeconds(60) };

    /// <summary>After a callback's dial did not reach the caller (no answer, busy, a voicemail box, no key), how long until it is tried again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Acd:CallbackRetryInterval must be between 1 s and 1 day.")]
    public TimeSpan CallbackRetryInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Dials of a callback before it ends as failed.</summary>
    [Range(1, 10, ErrorMessage = "Acd:CallbackMaxAttempts must be between 1 and 10.")]
    public int CallbackMaxAttempts { get; set; } = 3;

    /// <summary>A dial reported neither connected nor failed within this long (the dialling server died) is failed by the sweep.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:30:00", ErrorMessage = "Acd:CallbackDialTimeout must be between 10 s and 30 min.")]
    public TimeSpan CallbackDialTimeout { get; set; } = TimeSpan.FromMinutes(3);

    public List<string> BreakReasons { get; set; } = ["lunch", "training", "meeting", "personal"];
}
