namespace Ivr.Acd.Model;

public enum EnqueueOutcome
{
    Joined,
    AlreadyQueued,
    Full,
}
