using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Queueing;

/// <summary>
/// The <c>Callbacks</c> section: when the hold menu offers a callback, how the caller is dialled, how often closing time is
/// checked. Retries (interval, attempts) are the ACD's: <c>Acd:CallbackRetryInterval</c>, <c>Acd:CallbackMaxAttempts</c>.
/// </summary>
public sealed class CallbackOptions
{
    public const string Section = "Callbacks";

    /// <summary>The hold menu offers a callback while the caller's expected wait is above this; zero offers it always.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "02:00:00", ErrorMessage = "Callbacks:OfferAbove must be between 0 and 2 h.")]
    public TimeSpan OfferAbove { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Per language (code → threshold), in place of <see cref="OfferAbove"/>.</summary>
    public Dictionary<string, TimeSpan> OfferAboveByLanguage { get; set; } = [];

    /// <summary>How long the caller's phone rings (Twilio's Timeout): short enough to stop before most voicemail boxes answer.</summary>
    [Range(5, 120, ErrorMessage = "Callbacks:RingSeconds must be between 5 and 120.")]
    public int RingSeconds { get; set; } = 30;

    /// <summary>How long the dialled caller has to press 1 after the message.</summary>
    [Range(3, 30, ErrorMessage = "Callbacks:KeySeconds must be between 3 and 30.")]
    public int KeySeconds { get; set; } = 8;

    /// <summary>How often the languages' closing time is checked to carry waiting callbacks over to the next opening.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Callbacks:CarryOverInterval must be between 1 s and 10 min.")]
    public TimeSpan CarryOverInterval { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan OfferAboveFor(string language) => OfferAboveByLanguage.GetValueOrDefault(language, OfferAbove);
}
