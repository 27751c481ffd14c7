namespace Ivr.PhoneSim.Execution;

public enum VerbOutcomeKind
{
    Continue,
    Navigate,
    Hangup,
    Leave,
}
