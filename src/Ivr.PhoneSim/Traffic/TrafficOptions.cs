using System.ComponentModel.DataAnnotations;

namespace Ivr.PhoneSim.Traffic;

/// <summary>How virtual callers and counselors behave. Times are virtual seconds; means of exponential distributions unless noted.</summary>
public sealed class TrafficOptions
{
    [Range(0.0001, 10000, ErrorMessage = "PhoneSim:Traffic:CallsPerSecond must be between 0.0001 and 10000.")]
    public double CallsPerSecond { get; set; } = 2.69e6 / (365 * 13 * 3600.0);

    [Range(0, 1)]
    public double SelfServiceShare { get; set; } = 0.4;

    /// <summary>
    /// Keys pressed at successive Gathers: "{language}" is the language's number, "{choice}" the counselor or
    /// self-service key. The default fits a menu that asks for the language (number then *) and then for the service.
    /// </summary>
    public IReadOnlyList<string> KeyPlan { get; set; } = ["{language}*", "{choice}"];

    /// <summary>The key a caller presses after the language to ask for a counselor (1345's main menu: 0).</summary>
    public string CounselorKey { get; set; } = "0";

    /// <summary>The key a self-service caller presses (1: office locations and hours).</summary>
    public string SelfServiceKey { get; set; } = "1";

    /// <summary>Share of callers who know the menu and press keys during the prompts.</summary>
    [Range(0, 1)]
    public double BargeInShare { get; set; } = 0.3;

    /// <summary>
    /// Share of callers waiting for a counselor who ask for a callback on hold: they press <see cref="CallbackKey"/>
    /// at the first Gather while queued, <see cref="CallbackConfirmKey"/> at the next, and hang up after the
    /// confirmation. 0 by default, so existing load runs place the same calls.
    /// </summary>
    [Range(0, 1)]
    public double CallbackShare { get; set; }

    /// <summary>Share of callers waiting for a counselor who leave a message: <see cref="MessageKey"/> on hold, then they speak when &lt;Record&gt; starts and hang up. 0 by default.</summary>
    [Range(0, 1)]
    public double MessageShare { get; set; }

    /// <summary>The hold menu's callback key (the server's default menu: 2).</summary>
    public string CallbackKey { get; set; } = "2";

    /// <summary>The key that confirms the number a callback goes to (the caller's own).</summary>
    public string CallbackConfirmKey { get; set; } = "1";

    /// <summary>The hold menu's message key (the server's default menu: 3).</summary>
    public string MessageKey { get; set; } = "3";

    /// <summary>Mean length of a message (exponential, at least 2 s).</summary>
    public double MeanMessageSeconds { get; set; } = 30;

    /// <summary>How long a caller listens to the callback confirmation before hanging up.</summary>
    public double ConfirmationListenSeconds { get; set; } = 6;

    public double MeanPatienceSeconds { get; set; } = 180;
    public double SelfServiceListenSeconds { get; set; } = 40;

    [Range(1, 10000)]
    public int Counselors { get; set; } = 108;

    /// <summary>Every counselor's proficiency (1-5); zero: each gets a random level from 1 to 3.</summary>
    [Range(0, 5)]
    public int CounselorLevel { get; set; }

    public double MinAnswerDelaySeconds { get; set; } = 2;
    public double MaxAnswerDelaySeconds { get; set; } = 8;
    public double MeanTalkSeconds { get; set; } = 240;

    /// <summary>Added to every drawn talk time, which runs from the caller's joining the counselor.</summary>
    public double MinTalkSeconds { get; set; }

    /// <summary>How long a counselor who answered waits alone on the line for the caller before hanging up.</summary>
    public double CounselorWaitSeconds { get; set; } = 120;
    public double MeanWrapUpSeconds { get; set; } = 60;

    [Range(0, 1)]
    public double DeclineShare { get; set; } = 0.02;

    [Range(0, 1)]
    public double NoAnswerShare { get; set; } = 0.03;

    public int Seed { get; set; } = 1345;
}
