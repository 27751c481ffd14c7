namespace Ivr.Server.Menus;

/// <summary>Prompt keys the server itself plays (besides the ones a menu names), and the two expanding keys.</summary>
public static class PromptKeys
{
    /// <summary>In a node's prompts: every enabled language's offer ("for English press 2 star"), each in its own language.</summary>
    public const string LanguageOffers = "language-offers";

    /// <summary>In a node's prompts: the opening hours of the language being spoken ({language} {open} {close}).</summary>
    public const string Hours = "hours";

    public const string LanguageOffer = "language-offer";

    /// <summary>The offer of a language that cannot say its own, in the fallback language, naming it ({language} {number}).</summary>
    public const string LanguageOfferNamed = "language-offer-named";
    public const string Connecting = "connecting";
    public const string Hold = "hold";
    public const string HoldOptions = "hold-options";
    public const string AfterHours = "after-hours";

    /// <summary>Instead of <see cref="AfterHours"/> when today is a holiday ({language} {day} {time}).</summary>
    public const string HolidayClosed = "holiday-closed";
    public const string OpenAlternative = "open-alternative";
    public const string Closure = "closure";
    public const string QueueFull = "queue-full";
    public const string Goodbye = "goodbye";
    public const string StillWaiting = "still-waiting";

    // The callback (hold key 2 in the default menu; Ivr/CallbackBooking, CallControl/Callbacks).
    public const string CallbackOffer = "callback-offer";

    /// <summary>"We will call you back at the number ending in {digits}": 1 confirms, or another number and #.</summary>
    public const string CallbackConfirm = "callback-confirm";

    /// <summary>The caller's number is withheld: they must key one.</summary>
    public const string CallbackEnterNumber = "callback-enter-number";
    public const string CallbackInvalidNumber = "callback-invalid-number";
    public const string CallbackBooked = "callback-booked";

    /// <summary>Instead of <see cref="CallbackBooked"/> when the language closes before the caller's turn ({language} {day} {time}).</summary>
    public const string CallbackBookedLater = "callback-booked-later";

    /// <summary>The dialled caller hears it: "1345 is calling you back; press 1 to speak to a counselor".</summary>
    public const string CallbackCalling = "callback-calling";

    // The maximum wait (Ivr/MaxWaitOffers): once a caller waited their language's MaxWait, the hold loop offers its outcome.
    public const string MaxWaitCallback = "max-wait-callback";
    public const string MaxWaitMessage = "max-wait-message";

    /// <summary>"To speak to a counselor in {language} instead, press 4; you keep your place in this line."</summary>
    public const string MaxWaitLanguage = "max-wait-language";

    /// <summary>After hold key 4: "the first counselor free in {language} or in your language will take your call".</summary>
    public const string OverflowAccepted = "overflow-accepted";

    /// <summary>
    /// To a caller whose language was remembered, before the greeting, in that language and naming it: "To continue in
    /// English, press star. To stop us remembering your language, press 9."
    /// </summary>
    public const string RememberedLanguage = "remembered-language";

    /// <summary><see cref="RememberedLanguage"/> in the fallback language of one that cannot say its own, naming it ({language}).</summary>
    public const string RememberedLanguageNamed = "remembered-language-named";

    /// <summary>After the caller asked us to stop remembering their language.</summary>
    public const string RememberedLanguageOff = "remembered-language-off";

    /// <summary>When the caller's language is closed: "to leave a message for a counselor, press 3".</summary>
    public const string MessageOffer = "message-offer";

    /// <summary>Before the beep: say your name and question, press # when done.</summary>
    public const string MessageRecord = "message-record";
    public const string MessageSaved = "message-saved";

    /// <summary>Nothing was recorded (silence, or # at once).</summary>
    public const string MessageEmpty = "message-empty";

    /// <summary>
    /// Before the queue, in a language whose calls are recorded: "this call may be recorded for quality; if you do not
    /// want it recorded, press 7" (the key: Recordings/RecordingConsent.RefuseKey).
    /// </summary>
    public const string RecordingConsent = "recording-consent";

    /// <summary>After the refusal key: "your call will not be recorded".</summary>
    public const string RecordingRefused = "recording-refused";

    /// <summary>Every key the server plays outside menu nodes: each must have text in every enabled language.</summary>
    public static IReadOnlyList<string> System { get; } =
        [LanguageOffer, LanguageOfferNamed, Hours, Connecting, Hold, HoldOptions, AfterHours, HolidayClosed, OpenAlternative, Closure, QueueFull, Goodbye, StillWaiting,
            CallbackOffer, CallbackConfirm, CallbackEnterNumber, CallbackInvalidNumber, CallbackBooked, CallbackBookedLater, CallbackCalling,
            RememberedLanguage, RememberedLanguageNamed, RememberedLanguageOff, MessageOffer, MessageRecord, MessageSaved, MessageEmpty,
            MaxWaitCallback, MaxWaitMessage, MaxWaitLanguage, OverflowAccepted, RecordingConsent, RecordingRefused];

    public static bool Expands(string key) => key is LanguageOffers;

    /// <summary>What a caller on hold hears after a key tagged them (<see cref="MenuActions.Tag"/>).</summary>
    public static string Tagged(string tag) => "tagged-" + tag;
}
