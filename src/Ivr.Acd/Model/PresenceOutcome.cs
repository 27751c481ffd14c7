namespace Ivr.Acd.Model;

public enum PresenceOutcome
{
    Changed,
    Refused,
    UnknownCounselor,
}
