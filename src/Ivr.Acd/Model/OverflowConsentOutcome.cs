namespace Ivr.Acd.Model;

public enum OverflowConsentOutcome
{
    /// <summary>The caller keeps their place and may now be served in the overflow language too.</summary>
    Accepted,

    AlreadyAccepted,

    /// <summary>The caller's language has no overflow rule: nothing changed.</summary>
    NoOverflowLanguage,

    /// <summary>The caller is not waiting (never joined, already reserved or connected, or gone).</summary>
    NotWaiting,
}
