namespace Ivr.Acd.Model;

public enum CallerState
{
    Waiting,
    Reserved,
    Connected,
}
