namespace Ivr.PhoneSim.Traffic;

public enum CallerOutcome
{
    Answered,
    Abandoned,
    SelfService,
    Lost,
    Error,
    CallbackRequested,
    MessageLeft,
}
