namespace Ivr.Server.Lawyers;

/// <summary>
/// A booking is <see cref="Booked"/> (it holds its slot) until it is <see cref="Cancelled"/>, or its time comes: the
/// session runner (<see cref="LawyerSessions"/>) claims it <see cref="Running"/>, and it ends in one of the outcomes.
/// </summary>
public static class BookingStates
{
    public const string Booked = "booked";
    public const string Cancelled = "cancelled";
    public const string Running = "running";

    /// <summary>The caller talked with the lawyer (and the interpreter) in the session's conference.</summary>
    public const string Completed = "completed";

    /// <summary>The session ended (its interpreter or lawyer hung up) before the caller answered.</summary>
    public const string Interrupted = "interrupted";

    /// <summary>The lawyer answered none of the tries; the caller was told by SMS to book again.</summary>
    public const string NoShowLawyer = "no-show-lawyer";

    /// <summary>The caller answered none of the tries; they were told by SMS to book again.</summary>
    public const string NoShowCaller = "no-show-caller";

    /// <summary>No counselor of the language could interpret at the time; the caller was told by SMS to book again.</summary>
    public const string NoInterpreter = "no-interpreter";

    /// <summary>
    /// The session was not run in its slot: the server was down throughout it, or the instance running it died and the
    /// slot had passed when another resumed it. The caller was told by SMS to book again.
    /// </summary>
    public const string Missed = "missed";

    /// <summary>The outcomes after which the caller is asked by SMS to book again (the session could not take place: the center's side, or the caller not answering).</summary>
    public static readonly IReadOnlyList<string> OweRescheduling = [NoInterpreter, NoShowLawyer, NoShowCaller, Missed];

    /// <summary>The session's outcomes: the states a run ends in.</summary>
    public static readonly IReadOnlyList<string> Outcomes = [Completed, Interrupted, NoShowLawyer, NoShowCaller, NoInterpreter, Missed];
}
