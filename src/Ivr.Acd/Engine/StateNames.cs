using Ivr.Acd.Model;

namespace Ivr.Acd.Engine;

/// <summary>The states as the scripts spell them (<c>st</c> of the records, see includes/agents.lua and callers.lua).</summary>
internal static class StateNames
{
    public static CounselorState? CounselorStateOf(string text) => text switch
    {
        "offline" => CounselorState.Offline,
        "available" => CounselorState.Available,
        "reserved" => CounselorState.Reserved,
        "oncall" => CounselorState.OnCall,
        "wrapup" => CounselorState.WrapUp,
        "break" => CounselorState.Break,
        "missed" => CounselorState.Missed,
        _ => null,
    };

    public static CallerState? CallerStateOf(string text) => text switch
    {
        "waiting" => CallerState.Waiting,
        "reserved" => CallerState.Reserved,
        "connected" => CallerState.Connected,
        _ => null,
    };

    public static CallbackState? CallbackStateOf(string text) => text switch
    {
        "scheduled" => CallbackState.Scheduled,
        "waiting" => CallbackState.Waiting,
        "reserved" => CallbackState.Reserved,
        "dialling" => CallbackState.Dialling,
        "connected" => CallbackState.Connected,
        _ => null,
    };
}
