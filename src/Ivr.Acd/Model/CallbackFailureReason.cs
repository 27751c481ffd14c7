namespace Ivr.Acd.Model;

/// <summary>Why a callback's dial did not reach the caller (the sweeper adds <c>expired</c> for a dial never reported).</summary>
public enum CallbackFailureReason
{
    /// <summary>Rang out unanswered.</summary>
    NoAnswer,

    Busy,

    /// <summary>Answered, but the caller did not press the key (an answering machine, or someone else).</summary>
    NoKey,

    /// <summary>The call could not be placed.</summary>
    Failed,
}
