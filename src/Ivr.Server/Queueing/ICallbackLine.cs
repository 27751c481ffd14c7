namespace Ivr.Server.Queueing;

/// <summary>
/// Whether callbacks can be dialled at all (CallControl knows: a center number to call from). The hold menu never
/// promises a callback the center cannot make.
/// </summary>
public interface ICallbackLine
{
    bool CanCallBack { get; }
}
