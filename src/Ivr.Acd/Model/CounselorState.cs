namespace Ivr.Acd.Model;

public enum CounselorState
{
    Offline,
    Available,
    Reserved,
    OnCall,
    WrapUp,
    Break,
    Missed,
}
