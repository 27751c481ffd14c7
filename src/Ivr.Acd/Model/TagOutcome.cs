namespace Ivr.Acd.Model;

public enum TagOutcome
{
    /// <summary>The caller carries the tag now; a waiting caller's place in line follows from it.</summary>
    Tagged,

    AlreadyTagged,

    /// <summary>The caller is not in the engine (never joined, or already gone).</summary>
    NotFound,
}
